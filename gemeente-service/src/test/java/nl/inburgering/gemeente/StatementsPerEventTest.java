package nl.inburgering.gemeente;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.util.ClassUtils;

import nl.inburgering.contracts.AvroTrust;
import nl.inburgering.contracts.common.Doelgroepindeling;
import nl.inburgering.contracts.common.Examenuitslag;
import nl.inburgering.contracts.common.GedetailleerdeDoelgroep;
import nl.inburgering.contracts.common.Plichtonderdeel;
import nl.inburgering.contracts.common.RedenWijzigingInburgeringsplicht;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.Ontvangen;
import nl.inburgering.platform.test.Statementteller;
import nl.inburgering.platform.test.Statementteller.Telling;
import nl.inburgering.platform.test.TestBsn;

/**
 * What the gemeente sends to PostgreSQL per event on its busiest deliveries (issue 17, decision 0049): each event is
 * handed to its real listener as the container would, on the test's thread, in a poll of several records (one
 * transaction, decision 0043) and alone. A count, not a timing: a change that adds a query to every event fails here
 * with the SQL it sent, and has to say why.
 */
@SpringBootTest(properties = "spring.config.name=gemeente-service")
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@Import(Statementteller.Configuratie.class)
@DirtiesContext
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StatementsPerEventTest {

    private static final int POLL = 5;
    private static final String GEMEENTE = "0363";

    private static final String PLICHT = "nl.inburgering.gemeente.inburgeraar.messaging.InburgeringsplichtListener";
    private static final String EXAMENS = "nl.inburgering.gemeente.examenresultaat.messaging.ExamenresultaatListener";
    private static final String TERMIJN = "nl.inburgering.gemeente.pip.messaging.InburgeringstermijnListener";
    private static final String TOETS = "nl.inburgering.gemeente.intake.messaging.LeerbaarheidstoetsListener";
    private static final String COA = "nl.inburgering.gemeente.asielstatushouder.messaging.AsielstatushouderListener";
    private static final String INSPANNING = "nl.inburgering.gemeente.inspanning.messaging.InspanningListener";

    @Autowired
    ApplicationContext context;

    @BeforeAll
    static void vertrouwDeContracten() {
        AvroTrust.trustContracts(); // before a builder reads an enum default
    }
    @Autowired
    JdbcClient jdbc;

    @Test
    void een_examenresultaat_kost_per_event_een_vast_aantal_statements() {
        var gemeten = meet(EXAMENS, "ontvang", true, bsn -> examenresultaat(bsn, Examenuitslag.GESLAAGD));

        assertThat(rijen("examenresultaat", gemeten.bsns())).isEqualTo(POLL + 1);
        // the inbox row; the person's lock, the Logboek record; the uitslag inserted, or replaced when DUO corrected
        // it, in one statement. Was 5 (25 in a poll): a read of the exam, then the INSERT (issue 17).
        gemeten.zijn(4, 20);
    }

    @Test
    void een_herleverd_examenresultaat_verandert_niets_en_een_gecorrigeerde_uitslag_vervangt_het_vorige() {
        String bsn = TestBsn.nieuw();
        geef(EXAMENS, "ontvang", List.of(examenresultaat(bsn, Examenuitslag.GESLAAGD)));
        Object ontvangen = resultaat(bsn).get("ontvangen_op");

        Telling herlevering = Statementteller.tel(() -> geef(EXAMENS, "ontvang", List.of(examenresultaat(bsn,
                Examenuitslag.GESLAAGD))));
        assertThat(resultaat(bsn)).containsEntry("uitslag", "GESLAAGD").containsEntry("ontvangen_op", ontvangen);

        Telling correctie = Statementteller.tel(() -> geef(EXAMENS, "ontvang", List.of(examenresultaat(bsn,
                Examenuitslag.GEZAKT))));
        assertThat(resultaat(bsn)).containsEntry("uitslag", "GEZAKT");
        assertThat(rijen("examenresultaat", List.of(bsn))).isOne();
        // one statement for the uitslag either way, as for a new exam
        assertThat(herlevering.aantal()).as(herlevering.toString()).isEqualTo(4);
        assertThat(correctie.aantal()).as(correctie.toString()).isEqualTo(4);
    }

    @Test
    void een_vastgestelde_plicht_kost_per_event_een_vast_aantal_statements() {
        var gemeten = meet(PLICHT, "ontvang", false, this::plicht);

        assertThat(rijen("inburgeraar", gemeten.bsns())).isEqualTo(POLL + 1);
        // the inbox row; lock, Logboek; "is he known here"; before the commit the mark of the signal index (once per
        // transaction); at the flush the inburgeraar. Was 7 (31): save merged him, a second read of the absent row.
        gemeten.zijn(6, 26);
    }

    @Test
    void een_gewijzigde_plicht_kost_per_event_een_vast_aantal_statements() {
        var gemeten = meet(PLICHT, "ontvang", true, bsn -> ContractEvents.inburgeringsplichtGewijzigd().setBsn(bsn)
                .setGemeentecode(GEMEENTE).setVorigeGemeentecode(null)
                .setRedenWijziging(RedenWijzigingInburgeringsplicht.ONDERDELEN_OPNIEUW_VASTGESTELD)
                .setOpenstaandeOnderdelen(List.of(Plichtonderdeel.KNM, Plichtonderdeel.PVT)).build());

        assertThat(jdbc.sql("select count(*) from inburgeraar where bsn in (:bsns)"
                + " and openstaande_onderdelen = 'KNM,PVT'").param("bsns", gemeten.bsns()).query(Long.class).single())
                .isEqualTo(POLL + 1);
        // the inbox row; lock, Logboek; the inburgeraar read; the mark of the signal index; at the flush his UPDATE
        gemeten.zijn(6, 26);
    }

    @Test
    void een_beeindigde_plicht_kost_per_event_een_vast_aantal_statements() {
        var gemeten = meet(PLICHT, "ontvang", true, bsn -> ContractEvents.inburgeringsplichtBeeindigd().setBsn(bsn)
                .setGemeentecode(GEMEENTE).build());

        assertThat(jdbc.sql("select count(*) from inburgeraar where bsn in (:bsns) and einddatum_plicht is not null")
                .param("bsns", gemeten.bsns()).query(Long.class).single()).isEqualTo(POLL + 1);
        // the inbox row; lock, Logboek; the inburgeraar of this gemeente read; the mark; at the flush his UPDATE
        gemeten.zijn(6, 26);
    }

    @Test
    void een_vastgestelde_inburgeringstermijn_kost_per_event_een_vast_aantal_statements() {
        var gemeten = meet(TERMIJN, "ontvang", true, bsn -> ContractEvents.inburgeringstermijnVastgesteld().setBsn(bsn)
                .setGemeentecode(GEMEENTE).build());

        assertThat(rijen("inburgeringstermijn", gemeten.bsns())).isEqualTo(POLL + 1);
        // the inbox row; lock, Logboek; the mark of the signal index; at the flush the termijn
        gemeten.zijn(5, 21);
    }

    @Test
    void een_klaargezette_leerbaarheidstoets_kost_per_event_een_vast_aantal_statements() {
        var gemeten = meet(TOETS, "ontvang", true, bsn -> ContractEvents.leerbaarheidstoetsKlaargezet().setBsn(bsn)
                .setGemeentecode(GEMEENTE).setExamennummer("LBT" + bsn).build());

        assertThat(rijen("leerbaarheidstoets_klaargezet", gemeten.bsns())).isEqualTo(POLL + 1);
        // the inbox row; lock, Logboek; his toetsen in this gemeente, read once; the toets (an identity: its own
        // INSERT). Was 6 (30): "this examennummer already" and "the first toets from the plicht" were two queries.
        gemeten.zijn(5, 25);
    }

    @Test
    void de_uitkomst_van_een_leerbaarheidstoets_kost_per_event_een_vast_aantal_statements() {
        var gemeten = meet(TOETS, "ontvang", true, bsn -> ContractEvents.leerbaarheidstoetsUitkomstVastgesteld()
                .setBsn(bsn).setGemeentecode(GEMEENTE).build());

        assertThat(rijen("leerbaarheidstoets_uitkomst", gemeten.bsns())).isEqualTo(POLL + 1);
        // the inbox row; lock, Logboek; the uitkomst
        gemeten.zijn(4, 20);
    }

    @Test
    void een_recht_op_maatschappelijke_begeleiding_kost_per_event_een_vast_aantal_statements() {
        var gemeten = meet(COA, "maatschappelijkeBegeleiding", true, bsn -> ContractEvents
                .rechtOpMaatschappelijkeBegeleidingVastgesteld().setBsn(bsn).setGemeentecode(GEMEENTE).build());

        assertThat(rijen("maatschappelijke_begeleiding", gemeten.bsns())).isEqualTo(POLL + 1);
        // the inbox row; lock, Logboek; the recht of this person and gemeente read; at the flush the new one
        gemeten.zijn(5, 25);
    }

    @Test
    void een_koppeling_van_COA_kost_per_event_een_vast_aantal_statements() {
        var gemeten = meet(COA, "gekoppeld", false, bsn -> ContractEvents.inburgeraarGekoppeldAanGemeente().setBsn(bsn)
                .setGemeentecode(GEMEENTE).build());

        assertThat(rijen("koppeling", gemeten.bsns())).isEqualTo(POLL + 1);
        // the inbox row; lock, Logboek; his koppelingen read once; at the flush the new one. Was 6 (30): the active
        // ones and the one with this gemeente were two queries.
        gemeten.zijn(5, 25);
    }

    @Test
    void een_klantprofiel_van_COA_kost_per_event_een_vast_aantal_statements() {
        var gemeten = meet(COA, "klantprofielGedeeld", false, bsn -> ContractEvents.klantprofielGedeeld().setBsn(bsn)
                .setGemeentecode(GEMEENTE).build());

        assertThat(rijen("klantprofiel", gemeten.bsns())).isEqualTo(POLL + 1);
        // the inbox row; lock, Logboek; the klantprofiel (every version is kept)
        gemeten.zijn(4, 20);
    }

    @Test
    void een_inspanning_van_de_instelling_kost_per_event_een_vast_aantal_statements() {
        var gemeten = meet(INSPANNING, "ontvang", true, bsn -> ContractEvents.inspanningAsielstatushouderGemeld()
                .setBsn(bsn).setGemeentecode(GEMEENTE).build());

        assertThat(rijen("inspanning", gemeten.bsns())).isEqualTo(POLL + 1);
        // the inbox row; lock; "an asielstatushouder of this gemeente" (before the Logboek: nothing is recorded for
        // someone else's); Logboek; the stands of this instelling so far; #18 in the outbox for DUO; the mark; at
        // the flush the stand
        gemeten.zijn(8, 36);
    }

    /**
     * Hands a poll of {@link #POLL} events, then one event alone, each of another person, to the listener's method,
     * and counts both. With {@code plichtig} DUO's #3 (an asielstatushouder of {@link #GEMEENTE}) came first for
     * each person, uncounted.
     */
    private Gemeten meet(String listener, String methode, boolean plichtig, Function<String, SpecificRecord> event) {
        List<String> bsns = IntStream.rangeClosed(0, POLL).mapToObj(i -> TestBsn.nieuw()).toList();
        if (plichtig) {
            geef(PLICHT, "ontvang", bsns.stream().map(this::plicht).toList());
        }
        Telling poll = Statementteller.tel(() -> geef(listener, methode, bsns.subList(0, POLL).stream()
                .map(event).toList()));
        Telling los = Statementteller.tel(() -> geef(listener, methode, List.of(event.apply(bsns.get(POLL)))));
        return new Gemeten(bsns, poll, los);
    }

    private static SpecificRecord examenresultaat(String bsn, Examenuitslag uitslag) {
        return ContractEvents.examenresultaatVastgesteld().setBsn(bsn).setGemeentecode(GEMEENTE).setUitslag(uitslag)
                .build();
    }

    private Map<String, Object> resultaat(String bsn) {
        return jdbc.sql("select uitslag, ontvangen_op from examenresultaat where bsn = ?").param(bsn).query()
                .singleRow();
    }

    private SpecificRecord plicht(String bsn) {
        return ContractEvents.inburgeringsplichtVastgesteld().setBsn(bsn).setGemeentecode(GEMEENTE)
                .setDoelgroep(Doelgroepindeling.ASIELSTATUSHOUDER)
                .setGedetailleerdeDoelgroep(GedetailleerdeDoelgroep.ASIELSTATUSHOUDER).build();
    }

    /** The listener's own method, as its container calls it with a poll. */
    private void geef(String listener, String methode, List<SpecificRecord> events) {
        List<ConsumerRecord<String, byte[]>> records = events.stream()
                .map(e -> Ontvangen.record(e, "sleutel-" + e.get(e.getSchema().getField("bsn").pos()))).toList();
        Object bean = context.getBean(ClassUtils.resolveClassName(listener, getClass().getClassLoader()));
        ReflectionTestUtils.invokeMethod(bean, methode, records);
    }

    private long rijen(String tabel, List<String> bsns) {
        return jdbc.sql("select count(*) from " + tabel + " where bsn in (:bsns)").param("bsns", bsns)
                .query(Long.class).single();
    }

    private record Gemeten(List<String> bsns, Telling poll, Telling los) {

        /**
         * Alone {@code alleen} statements, a poll of {@link #POLL} {@code inEenPoll} (what the transaction does once
         * before its commit, the mark of the signal index, is shared by the poll); one commit either way.
         */
        void zijn(int alleen, int inEenPoll) {
            SoftAssertions.assertSoftly(s -> {
                s.assertThat(los.aantal()).as("alleen: " + los).isEqualTo(alleen);
                s.assertThat(poll.aantal()).as("in een poll van " + POLL + ": " + poll).isEqualTo(inEenPoll);
                s.assertThat(los.commits()).as("commits alleen").isEqualTo(1);
                s.assertThat(poll.commits()).as("commits in een poll").isEqualTo(1);
            });
        }
    }
}
