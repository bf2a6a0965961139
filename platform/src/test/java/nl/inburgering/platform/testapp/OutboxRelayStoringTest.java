package nl.inburgering.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import nl.inburgering.contracts.event.IngezeteneIngeschreven;
import nl.inburgering.platform.events.AvroCodec;
import nl.inburgering.platform.events.Dataschema;
import nl.inburgering.platform.events.Pseudoniem;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;

/**
 * Issue 11 items 13 and 14: a record that fails in the middle of a batch lets nothing of its key overtake it, and a
 * record the broker keeps refusing is parked with its key while every other key flows on.
 */
@PlatformIntegratieTest
@DirtiesContext
class OutboxRelayStoringTest {

    private static final String TOPIC = "brp.inschrijvingen.v1";
    /** A topic name the broker refuses (InvalidTopicException, not retriable): the record is refused on its own. */
    private static final String GEWEIGERD_TOPIC = "geen geldig topic";

    @Autowired
    PlatformTestApplication.Inschrijver inschrijver;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Pseudoniem pseudoniem;
    @Autowired
    MeterRegistry metrieken;

    @Test
    void een_record_dat_midden_in_een_batch_faalt_laat_geen_later_record_van_dezelfde_sleutel_voorgaan() {
        String sleutel = UUID.randomUUID().toString().replace("-", "");
        String eerste = TestBsn.nieuw();
        String tweede = TestBsn.nieuw();
        String derde = TestBsn.nieuw();
        transaction.executeWithoutResult(status -> {
            sla(sleutel, eerste, TOPIC);
            sla(sleutel, tweede, GEWEIGERD_TOPIC);
            sla(sleutel, derde, TOPIC);
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> pogingen(tweede) >= 1);

        jdbc.sql("update outbox_event set topic = ? where partitiesleutel = ? and topic = ?")
                .params(TOPIC, sleutel, GEWEIGERD_TOPIC).update(); // the fix: the record can be sent now

        await().atMost(Duration.ofSeconds(30)).until(() -> nietGepubliceerd(sleutel) == 0);
        assertThat(vastgelegd(sleutel)).as("wat een read-committed afnemer van deze sleutel ziet, in volgorde")
                .containsExactly(eerste, tweede, derde);
    }

    @Test
    void een_record_dat_blijvend_geweigerd_wordt_parkeert_zijn_sleutel_en_de_rest_stroomt_door() {
        String sleutel = UUID.randomUUID().toString().replace("-", "");
        String geweigerd = TestBsn.nieuw();
        String erachter = TestBsn.nieuw();
        transaction.executeWithoutResult(status -> {
            sla(sleutel, geweigerd, GEWEIGERD_TOPIC);
            sla(sleutel, erachter, TOPIC);
        });
        String ander = TestBsn.nieuw();

        inschrijver.schrijfIn(ander, "0363");

        await().atMost(Duration.ofSeconds(60)).until(() -> ontvangen(ander) == 1);
        // without a Kafka transaction the other key does not wait for the parking (decision 0057): wait for it here
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql("""
                select geparkeerd_op is not null from outbox_event where partitiesleutel = ? and topic = ?""")
                .params(sleutel, GEWEIGERD_TOPIC).query(Boolean.class).single());
        assertThat(pogingen(geweigerd)).isEqualTo(3);
        assertThat(nietGepubliceerd(sleutel)).as("wat erachter staat, wacht").isEqualTo(2);
        assertThat(ontvangen(erachter)).isZero();
        assertThat(metrieken.find("keten.outbox.parkeringen").tag("topic", GEWEIGERD_TOPIC).counter())
                .isNotNull().satisfies(c -> assertThat(c.count()).isEqualTo(1));
    }

    @Test
    void een_event_groter_dan_het_maximum_wordt_niet_opgeslagen_maar_geweigerd() {
        String bsn = TestBsn.nieuw();
        String veelTeLang = "0".repeat(1_000_000);

        assertThatThrownBy(() -> inschrijver.schrijfIn(bsn, veelTeLang)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bytes");
        assertThat(jdbc.sql("select count(*) from outbox_event where partitiesleutel = ?")
                .param(pseudoniem.van(bsn)).query(Long.class).single()).isZero();
    }

    private void sla(String sleutel, String bsn, String topic) {
        IngezeteneIngeschreven event = PlatformTestApplication.inschrijving(bsn, "0363");
        jdbc.sql("""
                insert into outbox_event (id, topic, partitiesleutel, type, source, tijd, dataschema, payload)
                values (?, ?, ?, 'nl.inburgering.brp.ingezetene-ingeschreven',
                        'urn:nld:oin:00000001003214345000:systeem:platform-test', ?, ?, ?)""")
                .params(UUID.randomUUID(), topic, sleutel, Timestamp.from(Instant.now()),
                        Dataschema.van(event.getSchema()).toString(), AvroCodec.encode(event))
                .update();
    }

    private int pogingen(String bsn) {
        return jdbc.sql("select pogingen, payload from outbox_event where topic = ?").param(GEWEIGERD_TOPIC)
                .query((rs, i) -> new String(rs.getBytes(2), java.nio.charset.StandardCharsets.ISO_8859_1)
                        .contains(bsn) ? rs.getInt(1) : -1)
                .list().stream().mapToInt(Integer::intValue).max().orElse(-1);
    }

    private long nietGepubliceerd(String sleutel) {
        return jdbc.sql("select count(*) from outbox_event where partitiesleutel = ? and gepubliceerd_op is null")
                .param(sleutel).query(Long.class).single();
    }

    private long ontvangen(String bsn) {
        return jdbc.sql("select count(*) from ontvangen_inschrijving where bsn = ?").param(bsn)
                .query(Long.class).single();
    }

    /** The BSNs of the committed records of {@code sleutel} on the topic, in their partition's order. */
    private static List<String> vastgelegd(String sleutel) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KetenTestInfrastructuur.kafkaBootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partities = consumer.partitionsFor(TOPIC).stream()
                    .map(p -> new TopicPartition(TOPIC, p.partition())).toList();
            consumer.assign(partities);
            consumer.seekToBeginning(partities);
            Map<TopicPartition, Long> einde = consumer.endOffsets(partities);
            List<String> gezien = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (sleutel.equals(r.key())) {
                        gezien.add(AvroCodec.decode(r.value(), IngezeteneIngeschreven.class).getBsn());
                    }
                }
                return partities.stream().allMatch(p -> consumer.position(p) >= einde.get(p));
            });
            return gezien;
        }
    }
}
