package nl.inburgering.platform.testapp;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.inburgering.platform.events.Pseudoniem;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;

/**
 * The fault suite's stream (issue 11): inschrijvingen of a number of persons, each person's events numbered 1, 2, 3,
 * ... in the gemeentecode, published through the outbox and handled by the test consumer, which records every effect
 * in {@code ontvangen_inschrijving}. Input = output: every event that was produced has exactly one effect, in the order
 * of its person (its partition key), and nothing is dead-lettered. It also reads what a read-committed and a
 * read-uncommitted consumer of the topic saw of these persons, to tell a duplicate the inbox absorbed from one a Kafka
 * transaction abort kept out of sight.
 */
final class Storingsstroom {

    static final String INSCHRIJVINGEN = "brp.inschrijvingen.v1";

    private final String topic;
    private final JdbcClient jdbc;
    private final Pseudoniem pseudoniem;
    private final List<String> personen;
    private final Map<String, Integer> geproduceerd = new HashMap<>();

    Storingsstroom(JdbcClient jdbc, Pseudoniem pseudoniem, int personen) {
        this(jdbc, pseudoniem, personen, INSCHRIJVINGEN);
    }

    /** A stream on another topic, whose test consumer records its effects in the same table. */
    Storingsstroom(JdbcClient jdbc, Pseudoniem pseudoniem, int personen, String topic) {
        this.topic = topic;
        this.jdbc = jdbc;
        this.pseudoniem = pseudoniem;
        this.personen = IntStream.range(0, personen).mapToObj(i -> TestBsn.nieuw()).toList();
        this.personen.forEach(bsn -> geproduceerd.put(bsn, 0));
    }

    List<String> personen() {
        return personen;
    }

    /** Each person's next event, through {@code schrijver} (a use case: one committed transaction per event). */
    void ronde(BiConsumer<String, String> schrijver) {
        for (String bsn : personen) {
            ronde(bsn, schrijver);
        }
    }

    /** The next event of one person. */
    synchronized void ronde(String bsn, BiConsumer<String, String> schrijver) {
        int volgende = geproduceerd.get(bsn) + 1;
        schrijver.accept(bsn, volgnummer(volgende));
        geproduceerd.put(bsn, volgende);
    }

    int events() {
        return geproduceerd.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static String volgnummer(int n) {
        return String.format("%04d", n);
    }

    /**
     * Waits until every produced event has had an effect. Call it after a last round produced when the faults were
     * over: that round is each person's sentinel, after every duplicate on its partition.
     */
    void wachtOpAlleEffecten(Duration hoelang) {
        await().atMost(hoelang).pollInterval(Duration.ofMillis(200)).until(() -> personen.stream()
                .allMatch(bsn -> effecten(bsn).contains(volgnummer(geproduceerd.get(bsn)))));
    }

    private List<String> effecten(String bsn) {
        return jdbc.sql("select gemeentecode from ontvangen_inschrijving where bsn = ? order by id").param(bsn)
                .query(String.class).list();
    }

    /** What arrived: lost, doubled and out-of-order effects, and what the topic holds of these persons. */
    Uitkomst uitkomst() {
        int verloren = 0;
        int dubbel = 0;
        int buitenVolgorde = 0;
        for (String bsn : personen) {
            List<String> verwacht = IntStream.rangeClosed(1, geproduceerd.get(bsn)).mapToObj(Storingsstroom::volgnummer)
                    .toList();
            List<String> gezien = effecten(bsn);
            verloren += (int) verwacht.stream().filter(v -> !gezien.contains(v)).count();
            dubbel += gezien.size() - (int) gezien.stream().distinct().count();
            List<String> eersteKeer = gezien.stream().distinct().toList();
            if (!eersteKeer.equals(verwacht.stream().filter(eersteKeer::contains).toList())) {
                buitenVolgorde++;
            }
        }
        Set<String> sleutels = personen.stream().map(pseudoniem::van).collect(Collectors.toSet());
        Map<String, Long> vastgelegd = perEventId(topic, sleutels, "read_committed");
        Map<String, Long> alles = perEventId(topic, sleutels, "read_uncommitted");
        long dubbelOpDeLijn = vastgelegd.values().stream().mapToLong(n -> n - 1).sum();
        long afgebroken = alles.values().stream().mapToLong(Long::longValue).sum()
                - vastgelegd.values().stream().mapToLong(Long::longValue).sum();
        long inDlt = TestPartner.alles(KetenTestInfrastructuur.kafkaBootstrapServers(), topic + "-dlt",
                r -> sleutels.contains(r.key())).size();
        return new Uitkomst(events(), verloren, dubbel, buitenVolgorde, vastgelegd.size(), dubbelOpDeLijn,
                afgebroken, inDlt);
    }

    /** How often each CloudEvents id of these keys is on the topic, for a consumer of this isolation level. */
    private static Map<String, Long> perEventId(String topic, Set<String> sleutels, String isolatie) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KetenTestInfrastructuur.kafkaBootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolatie);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partities = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partities);
            consumer.seekToBeginning(partities);
            Map<TopicPartition, Long> einde = consumer.endOffsets(partities);
            List<String> ids = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    Header id = r.headers().lastHeader("ce_id");
                    if (sleutels.contains(r.key()) && id != null) {
                        ids.add(new String(id.value(), StandardCharsets.UTF_8));
                    }
                }
                return partities.stream().allMatch(p -> consumer.position(p) >= einde.get(p));
            });
            return ids.stream().collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        }
    }

    /**
     * @param events          produced (and acknowledged by the use case's commit)
     * @param verloren        events without an effect
     * @param dubbel          effects beyond the first of an event
     * @param buitenVolgorde  persons whose effects are not in the order of their events
     * @param opDeLijn        distinct events a read-committed consumer sees
     * @param dubbelOpDeLijn  extra copies a read-committed consumer sees (re-sent batches; the inbox absorbs them)
     * @param afgebroken      copies only a read-uncommitted consumer sees (aborted Kafka transactions)
     * @param inDlt           records of these persons in the dead-letter topic
     */
    record Uitkomst(int events, int verloren, int dubbel, int buitenVolgorde, int opDeLijn, long dubbelOpDeLijn,
            long afgebroken, long inDlt) {

        /** The one-line figure the README's reliability section quotes. */
        String regel(String proef, int fouten) {
            return String.format("Storingsproef %s: %d events, %d fouten geinjecteerd, %d verloren, %d dubbel, "
                    + "%d buiten volgorde, %d in de DLT (op de lijn: %d dubbel gelezen en door de inbox opgevangen, "
                    + "%d in afgebroken Kafka-transacties)", proef, events, fouten, verloren, dubbel, buitenVolgorde,
                    inDlt, dubbelOpDeLijn, afgebroken);
        }
    }
}
