package nl.inburgering.platform.test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import nl.inburgering.contracts.Afnemer;
import nl.inburgering.contracts.Ketenpartner;
import nl.inburgering.contracts.Topic;
import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.platform.events.AvroCodec;
import nl.inburgering.platform.events.Dataschema;

/**
 * Plays another ketenpartner in a service test: publishes a stelseldienst as that partner's outbox
 * would (of a stelseldienst per recipient on each recipient's topic), and reads what the service under test
 * published, straight from the broker.
 */
public final class TestPartner {

    private TestPartner() {
    }

    /** Publishes {@code event} as the topic's producer would: its source is the producer's {@code <partner>-service}. */
    public static void publiceer(String bootstrapServers, String sleutel, SpecificRecord event) {
        publiceer(bootstrapServers, sleutel, event, null);
    }

    /**
     * Publishes {@code event} as its producer, but on {@code topic} whatever its content says: a producer that
     * addresses a record wrongly (e.g. a malformed gemeentecode on a gemeente's topic).
     */
    public static void publiceerOp(String bootstrapServers, String topic, String sleutel, SpecificRecord event) {
        publiceer(bootstrapServers, sleutel, event, topic);
    }

    /**
     * As {@link #publiceer(String, String, SpecificRecord)}, with a producer of these settings (a SASL principal's
     * {@code security.protocol}, {@code sasl.*}, and {@code bootstrap.servers}).
     */
    public static void publiceer(Map<String, Object> producent, String sleutel, SpecificRecord event) {
        publiceer(producent, sleutel, event, null);
    }

    /**
     * As {@link #publiceer(String, String, SpecificRecord)}, with the delivery deadline its producer's relay would set
     * (CloudEvents extension {@code uiterlijkop}, decision 0042).
     */
    public static void publiceerMetUiterlijk(String bootstrapServers, String sleutel, SpecificRecord event,
            java.time.Instant uiterlijk) {
        publiceer(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), sleutel, event, null, uiterlijk);
    }

    private static void publiceer(String bootstrapServers, String sleutel, SpecificRecord event, String opTopic) {
        publiceer(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), sleutel, event, opTopic);
    }

    private static void publiceer(Map<String, Object> producent, String sleutel, SpecificRecord event, String opTopic) {
        publiceer(producent, sleutel, event, opTopic, null);
    }

    private static void publiceer(Map<String, Object> producent, String sleutel, SpecificRecord event, String opTopic,
            java.time.Instant uiterlijk) {
        Topic topic = TopicCatalogue.forSchema(event.getClass());
        var bouwer = CloudEventBuilder.v1();
        if (uiterlijk != null) {
            bouwer.withExtension("uiterlijkop", java.time.format.DateTimeFormatter.ISO_INSTANT.format(uiterlijk));
        }
        var cloudEvent = bouwer.withId(UUID.randomUUID().toString())
                .withSource(URI.create("urn:nld:oin:00000000000000000000:systeem:"
                        + topic.producer().name().toLowerCase(java.util.Locale.ROOT) + "-service"))
                .withType(topic.eventType(event.getClass()).type()).withTime(OffsetDateTime.now())
                .withDataContentType("application/avro").withDataSchema(Dataschema.van(event.getSchema()))
                .withData(AvroCodec.encode(event)).build();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producent, new StringSerializer(),
                new ByteArraySerializer())) {
            // a stelseldienst per recipient: on the topic of every recipient the catalogue finds in the event
            for (String naar : opTopic != null ? java.util.Set.of(opTopic) : topic.topicsVoor(event)) {
                ProducerRecord<String, byte[]> record = KafkaMessageFactory.createWriter(naar, sleutel)
                        .writeBinary(cloudEvent);
                producer.send(record);
            }
        }
    }

    /** The topic of gemeente {@code gemeentecode} of a stelseldienst per recipient ({@code ...v1.gemeente.0363}). */
    public static String gemeentetopic(Topic stelseldienst, String gemeentecode) {
        return stelseldienst.topicVoor(Afnemer.gemeente(gemeentecode));
    }

    /** The topic of a partner that is one organisation of a stelseldienst per recipient ({@code ...v1.coa}). */
    public static String topicVan(Topic stelseldienst, Ketenpartner afnemer) {
        return stelseldienst.topicVoor(Afnemer.van(afnemer));
    }

    /** Waits for a record on {@code topic} that matches, reading from the beginning. */
    public static ConsumerRecord<String, byte[]> wachtOp(String bootstrapServers, String topic,
            Predicate<ConsumerRecord<String, byte[]>> gezocht) {
        return wachtOp(bootstrapServers, topic, gezocht, 1).get(0);
    }

    /** Waits for {@code aantal} records on {@code topic} that match, in the order of their partition. */
    public static List<ConsumerRecord<String, byte[]>> wachtOp(String bootstrapServers, String topic,
            Predicate<ConsumerRecord<String, byte[]>> gezocht, int aantal) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-lezer-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, byte[]>> gevonden = new ArrayList<>();
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (gezocht.test(r)) {
                        gevonden.add(r);
                    }
                });
                return gevonden.size() >= aantal;
            });
            return gevonden;
        }
    }

    /**
     * Waits for a record of {@code stelseldienst} that matches: on its topic, or (per recipient, decision 0018) on any
     * recipient's topic.
     */
    public static ConsumerRecord<String, byte[]> wachtOp(String bootstrapServers, Topic stelseldienst,
            Predicate<ConsumerRecord<String, byte[]>> gezocht) {
        return wachtOp(bootstrapServers, stelseldienst, gezocht, 1).get(0);
    }

    /**
     * Waits for {@code aantal} facts of {@code stelseldienst} that match, from its topic or every recipient's topic, in
     * the order they were published ({@code ce_time}); a fact on several recipients' topics (one CloudEvents id)
     * counts once.
     */
    public static List<ConsumerRecord<String, byte[]>> wachtOp(String bootstrapServers, Topic stelseldienst,
            Predicate<ConsumerRecord<String, byte[]>> gezocht, int aantal) {
        return wachtOpPatroon(bootstrapServers, patroon(stelseldienst, ""), gezocht, aantal);
    }

    /** Waits for a dead letter of {@code stelseldienst} that matches, on the {@code -dlt} of any of its topics. */
    public static ConsumerRecord<String, byte[]> wachtOpDodeLetter(String bootstrapServers, Topic stelseldienst,
            Predicate<ConsumerRecord<String, byte[]>> gezocht) {
        return wachtOpPatroon(bootstrapServers, patroon(stelseldienst, "-dlt"), gezocht, 1).get(0);
    }

    /**
     * Every fact of {@code stelseldienst} that matches, read from the beginning of its topic or every recipient's topic
     * up to the end offsets of this moment, in the order published; a fact on several recipients' topics once,
     * duplicates on one topic included.
     */
    public static List<ConsumerRecord<String, byte[]>> alles(String bootstrapServers, Topic stelseldienst,
            Predicate<ConsumerRecord<String, byte[]>> gezocht) {
        Pattern patroon = patroon(stelseldienst, "");
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<org.apache.kafka.common.TopicPartition> partities = consumer.listTopics().entrySet().stream()
                    .filter(t -> patroon.matcher(t.getKey()).matches())
                    .flatMap(t -> t.getValue().stream())
                    .map(p -> new org.apache.kafka.common.TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partities);
            consumer.seekToBeginning(partities);
            Map<org.apache.kafka.common.TopicPartition, Long> einde = consumer.endOffsets(partities);
            List<ConsumerRecord<String, byte[]>> gevonden = new ArrayList<>();
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (gezocht.test(r)) {
                        gevonden.add(r);
                    }
                });
                return partities.stream().allMatch(p -> consumer.position(p) >= einde.get(p));
            });
            return eenPerFeitInVolgorde(gevonden);
        }
    }

    private static List<ConsumerRecord<String, byte[]>> wachtOpPatroon(String bootstrapServers, Pattern patroon,
            Predicate<ConsumerRecord<String, byte[]>> gezocht, int aantal) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-lezer-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, "1000");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(patroon);
            List<ConsumerRecord<String, byte[]>> gevonden = new ArrayList<>();
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (gezocht.test(r)) {
                        gevonden.add(r);
                    }
                });
                return eenPerFeitInVolgorde(gevonden).size() >= aantal;
            });
            return eenPerFeitInVolgorde(gevonden);
        }
    }

    /** The topic of the stelseldienst and, per recipient, every recipient's topic; with {@code achter}. */
    private static Pattern patroon(Topic stelseldienst, String achter) {
        return Pattern.compile(Pattern.quote(stelseldienst.name())
                + (stelseldienst.perAfnemer() ? "\\.[a-z]+(\\.[0-9A-Za-z]+)?" : "") + Pattern.quote(achter));
    }

    /** The records of one topic per CloudEvents id (a fact on several recipients' topics), ordered by {@code ce_time}. */
    private static List<ConsumerRecord<String, byte[]>> eenPerFeitInVolgorde(List<ConsumerRecord<String, byte[]>> records) {
        Map<String, String> eersteTopic = new java.util.HashMap<>();
        List<ConsumerRecord<String, byte[]>> een = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            String id = header(record, "ce_id", record.topic() + "@" + record.partition() + ":" + record.offset());
            // the same fact on another recipient's topic counts once; a redelivery on the same topic stays visible
            if (eersteTopic.computeIfAbsent(id, i -> record.topic()).equals(record.topic())) {
                een.add(record);
            }
        }
        return een.stream()
                .sorted(java.util.Comparator.comparing((ConsumerRecord<String, byte[]> r) -> {
                    String tijd = header(r, "ce_time", null);
                    return tijd == null ? java.time.Instant.ofEpochMilli(r.timestamp())
                            : OffsetDateTime.parse(tijd).toInstant();
                }).thenComparing(ConsumerRecord::timestamp).thenComparing(ConsumerRecord::offset))
                .toList();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String naam, String anders) {
        var header = record.headers().lastHeader(naam);
        return header == null ? anders : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Whether the payload of a record mentions {@code tekst} (Avro writes strings as UTF-8). */
    public static boolean bevat(ConsumerRecord<String, byte[]> record, String tekst) {
        return new String(record.value(), StandardCharsets.ISO_8859_1).contains(tekst);
    }

    /**
     * Every record on {@code topic} that matches, read from the beginning up to the end offsets of this
     * moment: what a new subscriber would find, duplicates included.
     */
    public static List<ConsumerRecord<String, byte[]>> alles(String bootstrapServers, String topic,
            Predicate<ConsumerRecord<String, byte[]>> gezocht) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<org.apache.kafka.common.TopicPartition> partities = consumer.partitionsFor(topic).stream()
                    .map(p -> new org.apache.kafka.common.TopicPartition(topic, p.partition())).toList();
            consumer.assign(partities);
            consumer.seekToBeginning(partities);
            Map<org.apache.kafka.common.TopicPartition, Long> einde = consumer.endOffsets(partities);
            List<ConsumerRecord<String, byte[]>> gevonden = new ArrayList<>();
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (gezocht.test(r)) {
                        gevonden.add(r);
                    }
                });
                return partities.stream().allMatch(p -> consumer.position(p) >= einde.get(p));
            });
            return gevonden;
        }
    }
}
