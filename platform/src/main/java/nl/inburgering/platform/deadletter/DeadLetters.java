package nl.inburgering.platform.deadletter;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;

import nl.inburgering.platform.observatie.KetenMetrieken;
import nl.inburgering.platform.web.NietGevondenException;

/**
 * The dead letters of this service, for its operator (issue 11, item 17; decision 0013): listed from the dead-letter
 * topics of the topics it reads, with a short-lived consumer that assigns and seeks (no group, no commits), and
 * replayed one at a time to their original topic after a fix, where the normal listener and the inbox handle them
 * (a second replay of the same letter is absorbed by the inbox). Several services read one topic and share its
 * {@code -dlt}; a service sees and replays only the letters its own consumer group wrote. The payload is never shown:
 * it may carry a BSN.
 */
public class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    /** The header a replayed record carries: which dead letter it came from. */
    public static final String HERVERWERKT_UIT = "keten_herverwerkt-uit";
    private static final Duration WACHTTIJD = Duration.ofSeconds(10);
    private static final String DLT = "-dlt";

    private final Map<String, Object> consumerInstellingen;
    private final KafkaTemplate<String, byte[]> kafka;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final String groep;
    private final Supplier<Set<String>> gelezen;
    private final int maximumPerPartitie;
    private final KetenMetrieken metrieken;

    /**
     * @param consumerInstellingen the service's consumer settings (bootstrap servers, TLS, SASL); group and commits
     *                             are taken out
     * @param groep                this service's consumer group: the letters it wrote carry it
     * @param gelezen              the topics this service reads (their {@code -dlt} are its dead-letter topics)
     * @param maximumPerPartitie   the newest letters read per partition of a dead-letter topic: the list's bound
     */
    public DeadLetters(Map<String, Object> consumerInstellingen, KafkaTemplate<String, byte[]> kafka, JdbcClient jdbc,
            Clock clock, String groep, Supplier<Set<String>> gelezen, int maximumPerPartitie,
            KetenMetrieken metrieken) {
        Map<String, Object> instellingen = new HashMap<>(consumerInstellingen);
        instellingen.remove(ConsumerConfig.GROUP_ID_CONFIG);
        instellingen.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        instellingen.remove(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG);
        instellingen.remove(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG);
        instellingen.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        instellingen.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        instellingen.put(ConsumerConfig.CLIENT_ID_CONFIG, groep + "-dead-letters");
        instellingen.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) WACHTTIJD.toMillis());
        this.consumerInstellingen = Map.copyOf(instellingen);
        this.kafka = kafka;
        this.jdbc = jdbc;
        this.clock = clock;
        this.groep = groep;
        this.gelezen = gelezen;
        this.maximumPerPartitie = maximumPerPartitie;
        this.metrieken = metrieken;
    }

    /** Where a dead letter came from: the record that failed. */
    public record Herkomst(String topic, Integer partitie, Long offset, Instant tijd) {
    }

    /**
     * Why it was dead-lettered (the headers of {@link DeadLetterHeaders}); a letter written before them has only
     * the exception's class.
     */
    public record Reden(String code, String toelichting, String velden, String uitzondering) {
    }

    /** A replay by an operator: when, by whom, and the record it became on the original topic. */
    public record Herverwerking(Instant op, String door, String topic, int partitie, long offset) {
    }

    /** One dead letter, without its payload. */
    public record DeadLetter(String topic, int partitie, long offset, Instant tijd, Herkomst origineel,
            String eventId, String eventType, String bron, Reden reden, List<Herverwerking> herverwerkingen) {
    }

    /**
     * A page of the list, newest first.
     *
     * @param volledig whether every letter was read; false when a partition holds more than the bound and its
     *                 oldest letters are left out
     */
    public record Pagina(List<DeadLetter> deadLetters, int pagina, int paginaGrootte, long totaal, boolean volledig,
            List<String> topics) {
    }

    /** Kafka could not be reached in time. */
    public static class KafkaOnbereikbaarException extends RuntimeException {

        KafkaOnbereikbaarException(String omschrijving, Throwable oorzaak) {
            super(omschrijving, oorzaak);
        }
    }

    /** The topics this service reads, whose dead letters it lists. */
    public Set<String> topics() {
        return new TreeSet<>(gelezen.get());
    }

    /** The dead-letter topic of {@code topic} (a topic this service reads, or its {@code -dlt}); else {@code null}. */
    public String dltTopicVan(String topic) {
        String origineel = topic.endsWith(DLT) ? topic.substring(0, topic.length() - DLT.length()) : topic;
        return topics().contains(origineel) ? origineel + DLT : null;
    }

    /** The dead letters of one dead-letter topic, or of all of this service's when {@code dltTopic} is null. */
    public Pagina lijst(String dltTopic, int pagina, int paginaGrootte) {
        List<String> dltTopics = dltTopic != null ? List.of(dltTopic)
                : topics().stream().map(t -> t + DLT).toList();
        boolean[] volledig = { true };
        List<ConsumerRecord<String, byte[]>> records = lees(dltTopics, volledig);
        Map<String, List<Herverwerking>> herverwerkingen = herverwerkingen(dltTopics);
        List<DeadLetter> letters = records.stream().filter(this::vanDezeDienst)
                .map(r -> alsDeadLetter(r, herverwerkingen.getOrDefault(sleutel(r.topic(), r.partition(), r.offset()),
                        List.of())))
                .sorted(Comparator.comparing(DeadLetter::tijd).reversed()
                        .thenComparing(DeadLetter::topic).thenComparing(DeadLetter::partitie)
                        .thenComparing(Comparator.comparing(DeadLetter::offset).reversed()))
                .toList();
        long van = (long) (pagina - 1) * paginaGrootte;
        List<DeadLetter> deel = van >= letters.size() ? List.of()
                : letters.subList((int) van, (int) Math.min(letters.size(), van + paginaGrootte));
        return new Pagina(deel, pagina, paginaGrootte, letters.size(), volledig[0], dltTopics);
    }

    /**
     * Sends the dead letter at these coordinates to its original topic: its key, its value and its headers without
     * the dead-letter ones, plus {@value #HERVERWERKT_UIT}; records the replay and logs it without personal data.
     *
     * @throws NietGevondenException when it is no dead letter of this service
     */
    public Herverwerking herverwerk(String dltTopic, int partitie, long offset, String door) {
        if (dltTopic == null || !dltTopic.endsWith(DLT) || dltTopicVan(dltTopic) == null) {
            throw new NietGevondenException("geen dead-letter-topic van deze dienst: " + dltTopic);
        }
        ConsumerRecord<String, byte[]> letter = leesEen(dltTopic, partitie, offset);
        if (letter == null || !vanDezeDienst(letter)) {
            throw new NietGevondenException("geen dead letter van deze dienst op " + dltTopic + "-" + partitie + "@"
                    + offset);
        }
        String origineel = dltTopic.substring(0, dltTopic.length() - DLT.length());
        RecordHeaders headers = new RecordHeaders();
        for (Header header : letter.headers()) {
            if (!header.key().startsWith("kafka_dlt-") && !header.key().startsWith("keten_dlt-")
                    && !header.key().equals(HERVERWERKT_UIT)) {
                headers.add(header);
            }
        }
        String bron = dltTopic + "-" + partitie + "@" + offset;
        headers.add(HERVERWERKT_UIT, bron.getBytes(StandardCharsets.UTF_8));
        RecordMetadata verstuurd;
        try {
            verstuurd = kafka.send(new ProducerRecord<>(origineel, null, letter.key(), letter.value(), headers))
                    .get(WACHTTIJD.toMillis(), TimeUnit.MILLISECONDS).getRecordMetadata();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaOnbereikbaarException("herverwerken onderbroken", e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException | KafkaException e) {
            throw new KafkaOnbereikbaarException("Kafka nam de herverwerking niet aan", e);
        }
        Instant nu = clock.instant();
        String eventId = tekst(letter, "ce_id");
        jdbc.sql("""
                insert into dead_letter_herverwerking (dlt_topic, partitie, dlt_offset, event_id, herverwerkt_op, door,
                    naar_topic, naar_partitie, naar_offset)
                values (:topic, :partitie, :offset, :eventId, :op, :door, :naarTopic, :naarPartitie, :naarOffset)
                """)
                .param("topic", dltTopic).param("partitie", partitie).param("offset", offset)
                .param("eventId", eventId).param("op", Timestamp.from(nu)).param("door", door)
                .param("naarTopic", verstuurd.topic()).param("naarPartitie", verstuurd.partition())
                .param("naarOffset", verstuurd.offset())
                .update();
        metrieken.herverwerkt(origineel);
        log.info("Dead letter {} (event {}, type {}, reden {}) herverwerkt naar {}-{}@{} door {}", bron, eventId,
                tekst(letter, "ce_type"), tekst(letter, DeadLetterHeaders.REDEN), verstuurd.topic(),
                verstuurd.partition(), verstuurd.offset(), door);
        return new Herverwerking(nu, door, verstuurd.topic(), verstuurd.partition(), verstuurd.offset());
    }

    private boolean vanDezeDienst(ConsumerRecord<String, byte[]> record) {
        String schrijver = tekst(record, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP);
        return schrijver == null || schrijver.equals(groep);
    }

    private KafkaConsumer<String, byte[]> consumer() {
        return new KafkaConsumer<>(consumerInstellingen, new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** The newest letters of each partition, up to the bound, read to the end offsets of this moment. */
    private List<ConsumerRecord<String, byte[]>> lees(Collection<String> dltTopics, boolean[] volledig) {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partities = new ArrayList<>();
            for (String topic : dltTopics) {
                List<PartitionInfo> info = consumer.partitionsFor(topic, WACHTTIJD);
                if (info != null) {
                    info.forEach(p -> partities.add(new TopicPartition(topic, p.partition())));
                }
            }
            if (partities.isEmpty()) {
                return List.of();
            }
            consumer.assign(partities);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partities, WACHTTIJD);
            Map<TopicPartition, Long> einde = consumer.endOffsets(partities, WACHTTIJD);
            List<TopicPartition> open = new ArrayList<>();
            for (TopicPartition partitie : partities) {
                long start = Math.max(begin.get(partitie), einde.get(partitie) - maximumPerPartitie);
                volledig[0] &= start <= begin.get(partitie);
                consumer.seek(partitie, start);
                if (start < einde.get(partitie)) {
                    open.add(partitie);
                }
            }
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            Instant uiterlijk = Instant.now().plus(WACHTTIJD);
            while (!open.isEmpty()) {
                if (Instant.now().isAfter(uiterlijk)) {
                    throw new KafkaOnbereikbaarException("de dead-letter-topics waren niet binnen " + WACHTTIJD
                            + " gelezen", null);
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() < einde.get(new TopicPartition(record.topic(), record.partition()))) {
                        records.add(record);
                    }
                }
                open.removeIf(p -> consumer.position(p, WACHTTIJD) >= einde.get(p));
            }
            return records;
        } catch (KafkaException e) {
            throw new KafkaOnbereikbaarException("de dead-letter-topics konden niet gelezen worden", e);
        }
    }

    private ConsumerRecord<String, byte[]> leesEen(String dltTopic, int partitie, long offset) {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<PartitionInfo> info = consumer.partitionsFor(dltTopic, WACHTTIJD);
            if (info == null || info.stream().noneMatch(p -> p.partition() == partitie)) {
                return null;
            }
            TopicPartition tp = new TopicPartition(dltTopic, partitie);
            consumer.assign(List.of(tp));
            long begin = consumer.beginningOffsets(List.of(tp), WACHTTIJD).get(tp);
            long einde = consumer.endOffsets(List.of(tp), WACHTTIJD).get(tp);
            if (offset < begin || offset >= einde) {
                return null;
            }
            consumer.seek(tp, offset);
            Instant uiterlijk = Instant.now().plus(WACHTTIJD);
            while (consumer.position(tp, WACHTTIJD) <= offset) {
                if (Instant.now().isAfter(uiterlijk)) {
                    throw new KafkaOnbereikbaarException("de dead letter was niet binnen " + WACHTTIJD + " gelezen",
                            null);
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() == offset) {
                        return record;
                    }
                }
            }
            return null;
        } catch (KafkaException e) {
            throw new KafkaOnbereikbaarException("het dead-letter-topic kon niet gelezen worden", e);
        }
    }

    private Map<String, List<Herverwerking>> herverwerkingen(List<String> dltTopics) {
        Map<String, List<Herverwerking>> perLetter = new LinkedHashMap<>();
        jdbc.sql("""
                select dlt_topic, partitie, dlt_offset, herverwerkt_op, door, naar_topic, naar_partitie, naar_offset
                from dead_letter_herverwerking where dlt_topic in (:topics) order by herverwerkt_op, id
                """)
                .param("topics", dltTopics)
                .query(rs -> {
                    perLetter.computeIfAbsent(sleutel(rs.getString(1), rs.getInt(2), rs.getLong(3)),
                            k -> new ArrayList<>())
                            .add(new Herverwerking(rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6),
                                    rs.getInt(7), rs.getLong(8)));
                });
        return perLetter;
    }

    private static String sleutel(String topic, int partitie, long offset) {
        return topic + "-" + partitie + "@" + offset;
    }

    private static DeadLetter alsDeadLetter(ConsumerRecord<String, byte[]> record, List<Herverwerking> herverwerkingen) {
        Long origineleTijd = getal(record, KafkaHeaders.DLT_ORIGINAL_TIMESTAMP);
        Long origineleOffset = getal(record, KafkaHeaders.DLT_ORIGINAL_OFFSET);
        Long originelePartitie = getal(record, KafkaHeaders.DLT_ORIGINAL_PARTITION);
        Herkomst herkomst = new Herkomst(tekst(record, KafkaHeaders.DLT_ORIGINAL_TOPIC),
                originelePartitie == null ? null : originelePartitie.intValue(), origineleOffset,
                origineleTijd == null ? null : Instant.ofEpochMilli(origineleTijd));
        String code = tekst(record, DeadLetterHeaders.REDEN);
        // A letter from before the reason headers may carry a foreign message with personal data: only its class.
        Reden reden = new Reden(code, code == null ? null : tekst(record, KafkaHeaders.DLT_EXCEPTION_MESSAGE),
                tekst(record, DeadLetterHeaders.VELDEN), tekst(record, KafkaHeaders.DLT_EXCEPTION_FQCN));
        return new DeadLetter(record.topic(), record.partition(), record.offset(),
                Instant.ofEpochMilli(record.timestamp()), herkomst, tekst(record, "ce_id"), tekst(record, "ce_type"),
                tekst(record, "ce_source"), reden, herverwerkingen);
    }

    private static String tekst(ConsumerRecord<?, ?> record, String naam) {
        Header header = record.headers().lastHeader(naam);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Spring Kafka writes the original partition as 4 bytes, offset and timestamp as 8. */
    private static Long getal(ConsumerRecord<?, ?> record, String naam) {
        Header header = record.headers().lastHeader(naam);
        if (header == null || header.value() == null) {
            return null;
        }
        return switch (header.value().length) {
            case Integer.BYTES -> (long) ByteBuffer.wrap(header.value()).getInt();
            case Long.BYTES -> ByteBuffer.wrap(header.value()).getLong();
            default -> null;
        };
    }
}
