package nl.inburgering.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;

import nl.inburgering.contracts.event.VerblijfsdoelDoorgegeven;
import nl.inburgering.contracts.common.Verblijfsdoel;
import nl.inburgering.platform.events.AvroCodec;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;

@PlatformIntegratieTest
@DirtiesContext
class OutboxEnInboxTest {

    private static final String TOPIC = "brp.inschrijvingen.v1";

    @Autowired
    PlatformTestApplication.Inschrijver inschrijver;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry metrieken;
    @Autowired
    nl.inburgering.platform.events.Pseudoniem pseudoniem;

    private double teller(String naam, String topic) {
        var counter = metrieken.find(naam).tag("topic", topic).counter();
        return counter == null ? 0 : counter.count();
    }

    private long ontvangen(String bsn) {
        return jdbc.sql("select count(*) from ontvangen_inschrijving where bsn = ?").param(bsn)
                .query(Long.class).single();
    }

    private void wachtTotOntvangen(String bsn) {
        await().atMost(Duration.ofSeconds(30)).until(() -> ontvangen(bsn) == 1);
    }

    @Test
    void een_event_uit_de_outbox_komt_een_keer_aan_als_cloudevent_zonder_bsn_in_sleutel_of_headers() {
        String bsn = TestBsn.nieuw();

        inschrijver.schrijfIn(bsn, "0363");

        wachtTotOntvangen(bsn);
        ConsumerRecord<String, byte[]> record = leesTopic(TOPIC, r -> new String(r.value(), StandardCharsets.ISO_8859_1)
                .contains(bsn));
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_type")).isEqualTo("nl.inburgering.brp.ingezetene-ingeschreven");
        assertThat(header(record, "ce_source")).matches("urn:nld:oin:\\d{20}:systeem:platform-test");
        assertThat(header(record, "content-type")).isEqualTo("application/avro");
        assertThat(record.key()).doesNotContain(bsn).hasSize(32);
        for (Header header : record.headers()) {
            assertThat(new String(header.value(), StandardCharsets.UTF_8)).doesNotContain(bsn);
        }
        assertThat(jdbc.sql("select count(*) from outbox_event where gepubliceerd_op is null")
                .query(Long.class).single()).isZero();
    }

    @Test
    void hetzelfde_event_twee_keer_afgeleverd_heeft_een_effect() {
        String bsn = TestBsn.nieuw();
        inschrijver.schrijfIn(bsn, "0599");
        wachtTotOntvangen(bsn);
        ConsumerRecord<String, byte[]> origineel = leesTopic(TOPIC,
                r -> new String(r.value(), StandardCharsets.ISO_8859_1).contains(bsn));

        kafka.send(new ProducerRecord<>(TOPIC, null, origineel.key(), origineel.value(), origineel.headers())).join();
        // The sentinel: a later event of the same person, so on the same partition, after the duplicate. Once its
        // effect is there, the duplicate before it has been handled (issue 11: a sentinel on another partition
        // proved nothing about the duplicate).
        inschrijver.schrijfIn(bsn, "0600");

        await().atMost(Duration.ofSeconds(30)).until(() -> ontvangen(bsn, "0600") == 1);
        assertThat(ontvangen(bsn, "0599")).as("het dubbel afgeleverde event had een effect").isEqualTo(1);
        assertThat(TestPartner.alles(KetenTestInfrastructuur.kafkaBootstrapServers(), TOPIC + "-dlt",
                r -> TestPartner.bevat(r, bsn))).as("niets naar de DLT").isEmpty();
    }

    private long ontvangen(String bsn, String gemeentecode) {
        return jdbc.sql("select count(*) from ontvangen_inschrijving where bsn = ? and gemeentecode = ?")
                .params(bsn, gemeentecode).query(Long.class).single();
    }

    @Test
    void een_storing_van_de_eigen_database_wordt_afgewacht_en_het_bericht_niet_naar_de_dlt_gestuurd() {
        PlatformTestApplication.InschrijvingListener.STORINGEN.set(3);
        String bsn = TestBsn.nieuw();

        inschrijver.schrijfIn(bsn, PlatformTestApplication.InschrijvingListener.GESTOORDE_GEMEENTE);

        wachtTotOntvangen(bsn);
        assertThat(PlatformTestApplication.InschrijvingListener.STORINGEN.get()).as("drie keer geprobeerd").isZero();
        assertThat(TestPartner.alles(KetenTestInfrastructuur.kafkaBootstrapServers(), TOPIC + "-dlt",
                r -> TestPartner.bevat(r, bsn))).isEmpty();
    }

    @Test
    void een_failover_naar_een_alleen_lezen_database_wordt_afgewacht_en_niet_naar_de_dlt_gestuurd() {
        // PostgreSQL's own SQLSTATE 25006, as a write on a standby that a failover left read-only gets it. The
        // transaction is made read-only in PostgreSQL itself: Spring's read-only flag no longer reaches the server
        // (readOnlyMode=ignore, decision 0014).
        var alleenLezen = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
        alleenLezen.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        storingWordtAfgewacht(() -> {
            try {
                alleenLezen.executeWithoutResult(status -> {
                    jdbc.sql("set transaction read only").update();
                    jdbc.sql("insert into ontvangen_inschrijving (bsn, gemeentecode) values ('000000000', '0000')")
                            .update();
                });
                throw new AssertionError("de alleen-lezen transactie schreef");
            } catch (org.springframework.dao.DataAccessException e) {
                assertThat(e.getMostSpecificCause()).hasMessageContaining("read-only");
                return e;
            }
        });
    }

    @Test
    void een_jdbc_fout_van_hibernate_wordt_afgewacht_en_niet_naar_de_dlt_gestuurd() {
        storingWordtAfgewacht(() -> new org.springframework.orm.jpa.JpaSystemException(
                new org.hibernate.exception.GenericJDBCException("could not execute statement",
                        new java.sql.SQLException("I/O error", "08006"))));
    }

    private void storingWordtAfgewacht(java.util.function.Supplier<RuntimeException> storing) {
        var gewoon = PlatformTestApplication.InschrijvingListener.STORING.getAndSet(storing);
        try {
            een_storing_van_de_eigen_database_wordt_afgewacht_en_het_bericht_niet_naar_de_dlt_gestuurd();
        } finally {
            PlatformTestApplication.InschrijvingListener.STORING.set(gewoon);
        }
    }

    @Test
    void een_event_van_een_ander_systeem_dan_de_producent_van_het_topic_gaat_naar_de_dlt_zonder_effect() {
        String bsn = TestBsn.nieuw();
        inschrijver.schrijfIn(bsn, "0363");
        wachtTotOntvangen(bsn);
        ConsumerRecord<String, byte[]> echt = leesTopic(TOPIC, r -> TestPartner.bevat(r, bsn));
        var headers = new org.apache.kafka.common.header.internals.RecordHeaders(echt.headers().toArray());
        headers.remove("ce_id");
        String id = UUID.randomUUID().toString();
        headers.add("ce_id", id.getBytes(StandardCharsets.UTF_8));
        headers.remove("ce_source");
        // the IND's system, but brp.inschrijvingen.v1 is the gemeente's
        headers.add("ce_source", "urn:nld:oin:00000001809939766000:systeem:ind-service".getBytes(StandardCharsets.UTF_8));

        kafka.send(new ProducerRecord<>(TOPIC, null, echt.key(), echt.value(), headers));

        ConsumerRecord<String, byte[]> dlt = leesTopic(TOPIC + "-dlt", r -> id.equals(header(r, "ce_id")));
        assertThat(header(dlt, "kafka_dlt-exception-message")).contains("producent");
        assertThat(ontvangen(bsn)).isEqualTo(1);
    }

    @Autowired
    nl.inburgering.platform.inbox.EventInbox inbox;

    @Test
    void een_eventtype_zonder_handler_laat_geen_inboxrij_achter_zodat_een_later_toegevoegde_handler_het_verwerkt() {
        var gewijzigd = nl.inburgering.contracts.testdata.ContractEvents.inburgeringsplichtGewijzigd().build();
        String id = UUID.randomUUID().toString();
        ConsumerRecord<String, byte[]> record = alsOntvangen("duo.inburgeringsplicht.v1", id,
                "nl.inburgering.inburgeringsplicht-gewijzigd", gewijzigd);
        var verwerkt = new java.util.concurrent.atomic.AtomicInteger();

        inbox.verwerkEenmalig(List.of(record), inbox.ontvanger().bij(
                nl.inburgering.contracts.event.InburgeringsplichtVastgesteld.class, e -> verwerkt.incrementAndGet()));
        assertThat(jdbc.sql("select count(*) from inbox_event where id = ?").param(id).query(Long.class).single())
                .as("geen inboxrij voor een type zonder handler").isZero();

        inbox.verwerkEenmalig(List.of(record), inbox.ontvanger().bij(
                nl.inburgering.contracts.event.InburgeringsplichtGewijzigd.class, e -> verwerkt.incrementAndGet()));
        inbox.verwerkEenmalig(List.of(record), inbox.ontvanger().bij(
                nl.inburgering.contracts.event.InburgeringsplichtGewijzigd.class, e -> verwerkt.incrementAndGet()));
        assertThat(verwerkt).as("de later toegevoegde handler verwerkt het, een keer").hasValue(1);
    }

    private static ConsumerRecord<String, byte[]> alsOntvangen(String topic, String id, String type,
            org.apache.avro.specific.SpecificRecord data) {
        var event = io.cloudevents.core.builder.CloudEventBuilder.v1().withId(id)
                .withSource(java.net.URI.create("urn:nld:oin:00000001003214345000:systeem:duo-service"))
                .withType(type).withTime(java.time.OffsetDateTime.now()).withDataContentType("application/avro")
                .withData(AvroCodec.encode(data)).build();
        ProducerRecord<String, byte[]> uit = io.cloudevents.kafka.KafkaMessageFactory.createWriter(topic, "sleutel")
                .writeBinary(event);
        return new ConsumerRecord<>(topic, 0, 0L, 0L, org.apache.kafka.common.record.TimestampType.CREATE_TIME, 0,
                uit.value().length, uit.key(), uit.value(), uit.headers(), java.util.Optional.empty());
    }

    @Test
    void een_onleesbaar_bericht_gaat_met_reden_naar_de_dlt_en_de_partitie_stroomt_door() {
        String bsn = TestBsn.nieuw();
        byte[] gif = ("geen cloudevent " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        // the poison on the partition of the person whose event follows it: the sentinel proves that partition flows on
        String sleutel = pseudoniem.van(bsn);
        kafka.send(TOPIC, sleutel, gif).join();

        inschrijver.schrijfIn(bsn, "0363");

        wachtTotOntvangen(bsn);
        ConsumerRecord<String, byte[]> dlt = leesTopic(TOPIC + "-dlt",
                r -> sleutel.equals(r.key()) && java.util.Arrays.equals(gif, r.value()));
        assertThat(dlt.value()).isEqualTo(gif);
        assertThat(teller("keten.dlt.berichten", TOPIC)).as("de DLT-teller telt mee").isGreaterThanOrEqualTo(1);
        assertThat(teller("keten.events.gepubliceerd", TOPIC)).isGreaterThanOrEqualTo(1);
        assertThat(teller("keten.events.verwerkt", TOPIC)).isGreaterThanOrEqualTo(1);
        assertThat(header(dlt, "kafka_dlt-exception-message")).contains("geen geldige CloudEvent");
        assertThat(header(dlt, "kafka_dlt-original-topic")).isEqualTo(TOPIC);
    }

    @Test
    void een_bericht_van_een_onbekend_schema_gaat_naar_de_dlt() {
        String bsn = TestBsn.nieuw();
        inschrijver.schrijfIn(bsn, "0363");
        wachtTotOntvangen(bsn);
        ConsumerRecord<String, byte[]> echt = leesTopic(TOPIC,
                r -> new String(r.value(), StandardCharsets.ISO_8859_1).contains(bsn));
        byte[] anderSchema = AvroCodec.encode(VerblijfsdoelDoorgegeven.newBuilder().setVNummer("1234567890")
                .setBsn(bsn).setGeboortedatum(java.time.LocalDate.of(1990, 1, 1)).setNationaliteit("SY")
                .setVerblijfsdoel(Verblijfsdoel.STUDIE).setIngangsdatumVerblijfsrecht(java.time.LocalDate.of(2026, 1, 1))
                .setGemeentecodeInschrijving("0363").setDatumInschrijving(java.time.LocalDate.of(2026, 1, 2)).build());
        String sleutel = UUID.randomUUID().toString();
        var headers = new org.apache.kafka.common.header.internals.RecordHeaders(echt.headers().toArray());
        headers.remove("ce_id");
        headers.add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));

        kafka.send(new ProducerRecord<>(TOPIC, null, sleutel, anderSchema, headers));

        ConsumerRecord<String, byte[]> dlt = leesTopic(TOPIC + "-dlt", r -> sleutel.equals(r.key()));
        assertThat(dlt.value()).isEqualTo(anderSchema);
        assertThat(header(dlt, "kafka_dlt-exception-message")).contains("geen geldig Avro-bericht");
    }

    private static String header(ConsumerRecord<?, ?> record, String naam) {
        Header header = record.headers().lastHeader(naam);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static ConsumerRecord<String, byte[]> leesTopic(String topic,
            java.util.function.Predicate<ConsumerRecord<String, byte[]>> gezocht) {
        return TestPartner.wachtOp(KetenTestInfrastructuur.kafkaBootstrapServers(), topic, gezocht);
    }
}
