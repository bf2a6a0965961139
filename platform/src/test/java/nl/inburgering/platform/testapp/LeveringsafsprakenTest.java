package nl.inburgering.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import io.micrometer.core.instrument.MeterRegistry;
import nl.inburgering.platform.deadletter.DeadLetters;
import nl.inburgering.platform.leveringsafspraak.Leveringsafspraken;
import nl.inburgering.platform.leveringsafspraak.Leveringsafspraken.Uitkomst;
import nl.inburgering.platform.observatie.KetenMetrieken;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;
import nl.inburgering.platform.testapp.PlatformTestApplication.InschrijvingListener;
import nl.inburgering.platform.time.VerschuifbareKlok;

/**
 * The deadline travels with the event, and each service counts its deliveries on time, late and open per stelseldienst
 * and partner pair (issue 16 part 3, decision 0042). A service of its own (own database, own consumer group) with the
 * chain's movable clock, so moving the clock touches no other test's service.
 */
@SpringBootTest(classes = PlatformTestApplication.class, properties = { "spring.config.name=platform-test",
        "keten.service=platform-leveringstest", "keten.klok.verschuifbaar=true",
        "keten.inbox.bronnen.GEMEENTE[0]=platform-test", "keten.inbox.bronnen.GEMEENTE[1]=platform-leveringstest",
        "keten.inbox.bronnen.IND[0]=platform-test", "keten.inbox.bronnen.IND[1]=platform-leveringstest" })
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class LeveringsafsprakenTest {

    private static final String TOPIC = "brp.inschrijvingen.v1";
    private static final String DLT = TOPIC + "-dlt";

    @Autowired
    PlatformTestApplication.Inschrijver inschrijver;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Leveringsafspraken leveringsafspraken;
    @Autowired
    KetenMetrieken metrieken;
    @Autowired
    MeterRegistry registry;
    @Autowired
    DeadLetters deadLetters;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    java.time.Clock clock;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactie;
    @Autowired
    nl.inburgering.platform.leveringsafspraak.Leveringsafsprakenpublicatie publicatie;

    @AfterEach
    void herstel() {
        InschrijvingListener.WEIGEREN.clear();
        ((VerschuifbareKlok) clock).zetTerug();
    }

    private long ontvangen(String bsn, String gemeentecode) {
        return jdbc.sql("select count(*) from ontvangen_inschrijving where bsn = ? and gemeentecode = ?")
                .params(bsn, gemeentecode).query(Long.class).single();
    }

    /** The count of the BRP-inschrijvingen from the gemeente to this service (the test plays a gemeente). */
    private long geteld(Uitkomst uitkomst) {
        return leveringsafspraken.tellingen().stream()
                .filter(t -> t.stelseldienst().equals(TOPIC) && t.leverancier().equals("gemeente")
                        && t.afnemer().equals("gemeente") && t.uitkomst() == uitkomst)
                .mapToLong(Leveringsafspraken.Telling::aantal).sum();
    }

    private double metriek(Uitkomst uitkomst) {
        metrieken.ververs();
        var gauge = registry.find("keten.leveringsafspraak").tag("stelseldienst", TOPIC).tag("leverancier", "gemeente")
                .tag("afnemer", "gemeente").tag("uitkomst", uitkomst.tag()).gauge();
        return gauge == null ? 0 : gauge.value();
    }

    private static String header(ConsumerRecord<?, ?> record, String naam) {
        Header header = record.headers().lastHeader(naam);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Test
    void een_inschrijving_die_de_dag_zelf_verwerkt_is_telt_op_tijd_en_draagt_haar_uiterste_moment_mee() {
        long opTijd = geteld(Uitkomst.OP_TIJD);
        String bsn = TestBsn.nieuw();

        inschrijver.schrijfIn(bsn, "0363");

        await().atMost(Duration.ofSeconds(30)).until(() -> ontvangen(bsn, "0363") == 1);
        ConsumerRecord<String, byte[]> record = TestPartner.wachtOp(KetenTestInfrastructuur.kafkaBootstrapServers(),
                TOPIC, r -> TestPartner.bevat(r, bsn));
        Instant uiterlijk = Instant.parse(header(record, "ce_uiterlijkop"));
        assertThat(uiterlijk).as("BRP-bijhouding: direct, uiterlijk het eind van de dag").isAfter(clock.instant())
                .isEqualTo(jdbc.sql("select uiterlijk_op from inbox_event where id = ?").param(header(record, "ce_id"))
                        .query(java.sql.Timestamp.class).single().toInstant());
        assertThat(geteld(Uitkomst.OP_TIJD)).isEqualTo(opTijd + 1);
        assertThat(metriek(Uitkomst.OP_TIJD)).isEqualTo(opTijd + 1);
        assertThat(leveringsafspraken.tellingen()).as("geen persoon in de tellingen")
                .allSatisfy(t -> assertThat(t.toString()).doesNotContain(bsn));
    }

    @Test
    void een_weggelegde_inschrijving_telt_open_zodra_de_klok_voorbij_haar_termijn_staat_en_na_herverwerking_te_laat() {
        long teLaat = geteld(Uitkomst.TE_LAAT);
        long open = geteld(Uitkomst.OPEN);
        String bsn = TestBsn.nieuw();
        InschrijvingListener.WEIGEREN.put("8813", InschrijvingListener::weigeringMetPersoonsgegevens);

        inschrijver.schrijfIn(bsn, "8813");
        ConsumerRecord<String, byte[]> deadLetter = TestPartner.wachtOp(KetenTestInfrastructuur.kafkaBootstrapServers(),
                DLT, r -> TestPartner.bevat(r, bsn));
        String id = header(deadLetter, "ce_id");
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from dead_letter_termijn where id = ?")
                .param(id).query(Long.class).single() == 1);
        assertThat(geteld(Uitkomst.OPEN)).as("de termijn loopt nog").isEqualTo(open);

        ((VerschuifbareKlok) clock).verzet(Duration.ofDays(3));
        assertThat(geteld(Uitkomst.OPEN)).as("weggelegd en de termijn is verstreken").isEqualTo(open + 1);
        assertThat(metriek(Uitkomst.OPEN)).isEqualTo(open + 1);

        InschrijvingListener.WEIGEREN.remove("8813"); // the fix is deployed
        deadLetters.herverwerk(DLT, deadLetter.partition(), deadLetter.offset(), "beheerder");
        await().atMost(Duration.ofSeconds(30)).until(() -> ontvangen(bsn, "8813") == 1);

        assertThat(geteld(Uitkomst.OPEN)).as("verwerkt, dus niet meer open").isEqualTo(open);
        assertThat(geteld(Uitkomst.TE_LAAT)).isEqualTo(teLaat + 1);
        assertThat(metriek(Uitkomst.TE_LAAT)).isEqualTo(teLaat + 1);
        assertThat(metriek(Uitkomst.OPEN)).isEqualTo(open);
    }

    @Test
    void een_event_zonder_uiterste_moment_van_een_oudere_producent_wordt_verwerkt_en_niet_beoordeeld() {
        String bsn = TestBsn.nieuw();
        inschrijver.schrijfIn(bsn, "0363");
        ConsumerRecord<String, byte[]> echt = TestPartner.wachtOp(KetenTestInfrastructuur.kafkaBootstrapServers(),
                TOPIC, r -> TestPartner.bevat(r, bsn));
        await().atMost(Duration.ofSeconds(30)).until(() -> ontvangen(bsn, "0363") == 1);
        long beoordeeld = geteld(Uitkomst.OP_TIJD) + geteld(Uitkomst.TE_LAAT);
        var headers = new RecordHeaders(echt.headers().toArray());
        headers.remove("ce_uiterlijkop");
        headers.remove("ce_id");
        String id = UUID.randomUUID().toString();
        headers.add("ce_id", id.getBytes(StandardCharsets.UTF_8));
        // the same person, now in another gemeente: an event as a producer before decision 0042 sent it
        byte[] anders = nl.inburgering.platform.events.AvroCodec
                .encode(PlatformTestApplication.inschrijving(bsn, "0599"));

        kafka.send(new ProducerRecord<>(TOPIC, null, echt.key(), anders, headers));

        await().atMost(Duration.ofSeconds(30)).until(() -> ontvangen(bsn, "0599") == 1);
        assertThat(jdbc.sql("select count(*) from inbox_event where id = ? and uiterlijk_op is null").param(id)
                .query(Long.class).single()).as("verwerkt, zonder uiterste moment").isEqualTo(1);
        assertThat(geteld(Uitkomst.OP_TIJD) + geteld(Uitkomst.TE_LAAT)).isEqualTo(beoordeeld);
    }

    @Test
    void de_gemeente_publiceert_haar_getelde_leveringsafspraken_per_dag_onder_haar_eigen_sleutel_zonder_bsn_of_event_id() {
        String bsn = TestBsn.nieuw();
        inschrijver.schrijfIn(bsn, "0363");
        ConsumerRecord<String, byte[]> inschrijving = TestPartner.wachtOp(
                KetenTestInfrastructuur.kafkaBootstrapServers(), TOPIC, r -> TestPartner.bevat(r, bsn));
        await().atMost(Duration.ofSeconds(30)).until(() -> ontvangen(bsn, "0363") == 1);
        long opTijdVandaag = leveringsafspraken.tellingen(vandaag(), vandaag().plus(Duration.ofDays(1))).stream()
                .filter(t -> t.stelseldienst().equals(TOPIC) && t.uitkomst() == Uitkomst.OP_TIJD)
                .mapToLong(Leveringsafspraken.Telling::aantal).sum();

        var gepubliceerd = publicatie.publiceer().orElseThrow();

        assertThat(gepubliceerd.topic()).isEqualTo("gemeente.leveringsafspraken.v1");
        ConsumerRecord<String, byte[]> record = TestPartner.wachtOp(KetenTestInfrastructuur.kafkaBootstrapServers(),
                gepubliceerd.topic(), r -> gepubliceerd.id().toString().equals(header(r, "ce_id")));
        assertThat(record.key()).as("de sleutel is de ketenpartner, nooit een persoon").isEqualTo("gemeente");
        var geteld = nl.inburgering.platform.events.AvroCodec.decode(record.value(),
                nl.inburgering.contracts.event.LeveringsafsprakenGeteldGemeente.class);
        java.time.LocalDate dag = java.time.LocalDate.now(clock);
        assertThat(geteld.getProducent()).isEqualTo("gemeente");
        assertThat(geteld.getVanaf()).isEqualTo(dag.minusDays(6));
        assertThat(geteld.getTot()).isEqualTo(dag.plusDays(1));
        assertThat(geteld.getTellingen()).filteredOn(t -> t.getDag().equals(dag) && t.getStelseldienst().equals(TOPIC)
                && t.getLeverancier().equals("gemeente") && t.getAfnemer().equals("gemeente")).singleElement()
                .satisfies(t -> assertThat(t.getOpTijd()).isEqualTo(opTijdVandaag));
        String inhoud = new String(record.value(), StandardCharsets.ISO_8859_1) + geteld;
        assertThat(inhoud).as("geen BSN en geen event-id in de publicatie").doesNotContain(bsn)
                .doesNotContain(header(inschrijving, "ce_id"));
        assertThat(jdbc.sql("select count(*) from outbox_event where id = ?").param(gepubliceerd.id())
                .query(Long.class).single()).as("een rij per publicatie").isEqualTo(1);
    }

    @Test
    void de_meter_houdt_lopende_totalen_bij_die_over_de_tikken_heen_gelijk_blijven_aan_de_volle_telling() {
        // an own instance without margin: every tick moves the watermark up to the previous tick
        Leveringsafspraken lopend = new Leveringsafspraken(jdbc, clock, nl.inburgering.contracts.Ketenpartner.GEMEENTE,
                Duration.ZERO);
        String topic = "test.lopend." + UUID.randomUUID();
        Instant nu = clock.instant();
        inboxRij(topic, nu.minus(Duration.ofDays(2)), true);
        inboxRij(topic, nu.minus(Duration.ofDays(2)), true);
        inboxRij(topic, nu.minus(Duration.ofDays(2)), false);
        inboxRij(topic, nu.minus(Duration.ofHours(1)), true);
        kloptMet(lopend, topic, 3, 1);

        inboxRij(topic, clock.instant(), true);
        inboxRij(topic, clock.instant(), false);
        kloptMet(lopend, topic, 4, 2);
        kloptMet(lopend, topic, 4, 2);
        inboxRij(topic, clock.instant(), true);
        kloptMet(lopend, topic, 5, 2);

        // the retention job removes the oldest rows
        jdbc.sql("delete from inbox_event where ontvangen_op < ?").param(java.sql.Timestamp.from(
                nu.minus(Duration.ofDays(1)))).update();
        kloptMet(lopend, topic, 3, 1);
        inboxRij(topic, clock.instant(), false);
        kloptMet(lopend, topic, 3, 2);

        // the movable clock forward, and back again
        ((VerschuifbareKlok) clock).verzet(Duration.ofDays(2));
        inboxRij(topic, clock.instant(), true);
        kloptMet(lopend, topic, 4, 2);
        kloptMet(lopend, topic, 4, 2);
        ((VerschuifbareKlok) clock).zetTerug();
        inboxRij(topic, clock.instant(), true);
        kloptMet(lopend, topic, 5, 2);
    }

    @Test
    void de_meter_leest_alleen_de_nieuwe_rijen_uit_de_index() {
        // the test's inbox is small, so the planner would read it whole; as on a large, vacuumed one, it must not
        jdbc.sql("vacuum analyze inbox_event").update();
        String plan = transactie.execute(s -> {
            jdbc.sql("set local enable_seqscan = off").update();
            jdbc.sql("set local enable_bitmapscan = off").update();
            return jdbc.sql("""
                explain select topic, count(*) filter (where ontvangen_op <= uiterlijk_op),
                       count(*) filter (where ontvangen_op > uiterlijk_op)
                from inbox_event
                where uiterlijk_op is not null and ontvangen_op >= now() - interval '1 minute'
                group by topic""").query(String.class).list().toString();
        });

        assertThat(plan).as("uit de index alleen, zonder de tabel te lezen")
                .contains("Index Only Scan using inbox_event_leveringen");
    }

    private void inboxRij(String topic, Instant ontvangenOp, boolean opTijd) {
        Instant uiterlijk = opTijd ? ontvangenOp.plusSeconds(60) : ontvangenOp.minusSeconds(60);
        jdbc.sql("""
                insert into inbox_event (source, id, type, topic, ontvangen_op, uiterlijk_op)
                values ('test-lopend', ?, 'test', ?, ?, ?)""").params(UUID.randomUUID().toString(), topic,
                java.sql.Timestamp.from(ontvangenOp), java.sql.Timestamp.from(uiterlijk)).update();
    }

    /** The running totals of {@code lopend} and a full count of the inbox both give these figures. */
    private void kloptMet(Leveringsafspraken lopend, String topic, long opTijd, long teLaat) {
        for (var tellingen : List.of(lopend.lopendeTellingen(), leveringsafspraken.tellingen())) {
            assertThat(aantal(tellingen, topic, Uitkomst.OP_TIJD)).as("op tijd").isEqualTo(opTijd);
            assertThat(aantal(tellingen, topic, Uitkomst.TE_LAAT)).as("te laat").isEqualTo(teLaat);
        }
    }

    private static long aantal(List<Leveringsafspraken.Telling> tellingen, String topic, Uitkomst uitkomst) {
        return tellingen.stream().filter(t -> t.stelseldienst().equals(topic) && t.uitkomst() == uitkomst)
                .mapToLong(Leveringsafspraken.Telling::aantal).sum();
    }

    private Instant vandaag() {
        return java.time.LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant();
    }
}
