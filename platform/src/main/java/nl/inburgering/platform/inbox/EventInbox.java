package nl.inburgering.platform.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.platform.events.AvroCodec;
import nl.inburgering.platform.events.InvalidEventException;
import nl.inburgering.platform.leveringsafspraak.Leveringsafspraken;
import nl.inburgering.platform.observatie.KetenMetrieken;

/**
 * Receives CloudEvents from Kafka exactly once per effect: the event's {@code (source, id)} is stored in
 * the same transaction as the handler's changes, and an event already stored is skipped. An envelope or
 * payload that cannot be read raises {@link InvalidEventException}, which dead-letters the record. The inbox row keeps
 * the event's delivery deadline (CloudEvents extension {@code uiterlijkop}, decision 0042) next to the moment it was
 * applied, so the delivery agreements per stelseldienst can be judged ({@link Leveringsafspraken}).
 */
public class EventInbox {

    private static final Logger log = LoggerFactory.getLogger(EventInbox.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    private final KetenMetrieken metrieken;
    private final Bronnen bronnen;

    public EventInbox(JdbcClient jdbc, TransactionTemplate transaction, Clock clock, KetenMetrieken metrieken) {
        this(jdbc, transaction, clock, metrieken, Bronnen.standaard());
    }

    public EventInbox(JdbcClient jdbc, TransactionTemplate transaction, Clock clock, KetenMetrieken metrieken,
            Bronnen bronnen) {
        this.bronnen = bronnen;
        this.metrieken = metrieken;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Starts a dispatch table for a topic that carries one or more event types. */
    public Ontvanger ontvanger() {
        return new Ontvanger();
    }

    /** Shortcut for a topic with one event type that this consumer handles. */
    public <T extends SpecificRecord> void ontvang(ConsumerRecord<String, byte[]> record, Class<T> schema,
            Consumer<OntvangenEvent<T>> handler) {
        verwerkEenmalig(record, ontvanger().bij(schema, handler));
    }

    /** Maps CloudEvents types to handlers; types it does not know are ignored (tolerant reader). */
    public final class Ontvanger {

        private final Map<String, Handler<?>> handlers = new LinkedHashMap<>();

        public <T extends SpecificRecord> Ontvanger bij(Class<T> schema, Consumer<OntvangenEvent<T>> handler) {
            handlers.put(TopicCatalogue.eventTypeOf(schema).type(), new Handler<>(schema, handler));
            return this;
        }

        private Handler<?> handlerVoor(String type) {
            return handlers.get(type);
        }
    }

    private record Handler<T extends SpecificRecord>(Class<T> schema, Consumer<OntvangenEvent<T>> handler) {

        void verwerk(CloudEvent event) {
            byte[] payload = event.getData() == null ? null : event.getData().toBytes();
            if (payload == null) {
                throw new InvalidEventException("event " + event.getId() + " heeft geen data");
            }
            T data = AvroCodec.decode(payload, schema);
            handler.accept(new OntvangenEvent<>(event.getId(), event.getSource(), event.getType(), event.getTime(),
                    data));
        }
    }

    private static CloudEvent leesEnvelop(ConsumerRecord<String, byte[]> record) {
        try {
            CloudEvent event = KafkaMessageFactory.createReader(record).toEvent();
            if (event.getTime() == null) {
                throw new InvalidEventException("CloudEvent " + event.getId() + " mist het attribuut time");
            }
            return event;
        } catch (CloudEventRWException | IllegalStateException e) {
            throw new InvalidEventException("geen geldige CloudEvent (binary mode): " + e.getMessage(), e);
        }
    }

    /**
     * Runs the dispatch in one transaction with the inbox row. Call this from a Kafka listener. An event whose source
     * is not a system of the topic's producer is refused ({@link Bronnen}). An event type this service has no handler
     * for leaves no inbox row, so a handler added later still processes it when the topic is replayed.
     */
    public void verwerkEenmalig(ConsumerRecord<String, byte[]> record, Ontvanger ontvanger) {
        CloudEvent envelop = leesEnvelop(record);
        bronnen.controleer(record.topic(), envelop.getSource());
        Handler<?> handler = ontvanger.handlerVoor(envelop.getType());
        if (handler == null) {
            log.debug("Event type {} op {} wordt door deze dienst niet gebruikt", envelop.getType(), record.topic());
            return;
        }
        transaction.executeWithoutResult(status -> {
            int nieuw = jdbc.sql("""
                    insert into inbox_event (source, id, type, topic, ontvangen_op, event_tijd, uiterlijk_op)
                    values (:source, :id, :type, :topic, :ontvangen, :eventTijd, :uiterlijk)
                    on conflict do nothing
                    """)
                    .param("source", envelop.getSource().toString())
                    .param("id", envelop.getId())
                    .param("type", envelop.getType())
                    .param("topic", record.topic())
                    .param("ontvangen", Timestamp.from(clock.instant()))
                    .param("eventTijd", Timestamp.from(envelop.getTime().toInstant()))
                    .param("uiterlijk", Leveringsafspraken.uiterlijkOp(envelop.getExtension(Leveringsafspraken.UITERLIJK_OP))
                            .map(Timestamp::from).orElse(null))
                    .update();
            if (nieuw == 0) {
                log.info("Event {} van {} is al verwerkt; overgeslagen", envelop.getId(), envelop.getSource());
                return;
            }
            handler.verwerk(envelop);
        });
        metrieken.verwerkt(record.topic());
    }
}
