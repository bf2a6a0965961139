package nl.inburgering.platform.test;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.record.TimestampType;

import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import nl.inburgering.contracts.Afnemer;
import nl.inburgering.contracts.AvroTrust;
import nl.inburgering.contracts.Topic;
import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.platform.events.AvroCodec;
import nl.inburgering.platform.events.Dataschema;

/**
 * A partner's event as a listener receives it from a poll (binary CloudEvent, its producer's source), for a test that
 * hands a poll to the listener itself, on the test's thread.
 */
public final class Ontvangen {

    private Ontvangen() {
    }

    /** On the topic of the event's first recipient (its gemeente, for an event addressed per gemeente). */
    public static ConsumerRecord<String, byte[]> record(SpecificRecord event, String sleutel) {
        AvroTrust.trustContracts();
        return record(event, sleutel, TopicCatalogue.forSchema(event.getClass()).topicsVoor(event).iterator().next());
    }

    /** On the topic of one recipient of a stelseldienst addressed per recipient (an instelling of the event). */
    public static ConsumerRecord<String, byte[]> record(SpecificRecord event, String sleutel, Afnemer afnemer) {
        AvroTrust.trustContracts();
        return record(event, sleutel, TopicCatalogue.forSchema(event.getClass()).topicVoor(afnemer));
    }

    private static ConsumerRecord<String, byte[]> record(SpecificRecord event, String sleutel, String naar) {
        Topic topic = TopicCatalogue.forSchema(event.getClass());
        var cloudEvent = CloudEventBuilder.v1().withId(UUID.randomUUID().toString())
                .withSource(URI.create("urn:nld:oin:00000000000000000000:systeem:"
                        + topic.producer().name().toLowerCase(Locale.ROOT) + "-service"))
                .withType(topic.eventType(event.getClass()).type()).withTime(OffsetDateTime.now())
                .withDataContentType("application/avro").withDataSchema(Dataschema.van(event.getSchema()))
                .withData(AvroCodec.encode(event)).build();
        ProducerRecord<String, byte[]> uit = KafkaMessageFactory.createWriter(naar, sleutel).writeBinary(cloudEvent);
        return new ConsumerRecord<>(naar, 0, 0L, 0L, TimestampType.CREATE_TIME, 0, uit.value().length, uit.key(),
                uit.value(), uit.headers(), Optional.empty());
    }
}
