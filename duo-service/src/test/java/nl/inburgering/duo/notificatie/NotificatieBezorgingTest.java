package nl.inburgering.duo.notificatie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import nl.inburgering.contracts.common.Aanleiding;
import nl.inburgering.contracts.common.Doelgroepindeling;
import nl.inburgering.contracts.common.Ontvanger;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.duo.notificatie.api.Attentiesignaal;
import nl.inburgering.duo.notificatie.api.Attentiesignalering;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.outbox.Outbox;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;

/**
 * Issue 14 item 5, decision 0030: DUO delivers its notifications to each registered gemeente's endpoint (real HTTP),
 * at least once, in order per person, with back-off per gemeente; every request follows the published spec.
 */
@SpringBootTest(properties = { "spring.config.name=duo-service", "keten.duo.notificatie.interval=PT0.1S",
        "keten.duo.notificatie.back-off-start=PT0.2S", "keten.duo.notificatie.back-off-maximum=PT1S" })
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class NotificatieBezorgingTest {

    private static final String DUO_OIN = "00000001003214345000";
    private static final String AMSTERDAM_OIN = "00000001002564440000";
    private static final String ROTTERDAM_OIN = "00000001002220647000";
    private static final String UTRECHT_OIN = "00000001002306608000";

    static final Gemeenteontvanger AMSTERDAM = new Gemeenteontvanger();
    static final Gemeenteontvanger ROTTERDAM = new Gemeenteontvanger();
    static final Gemeenteontvanger UTRECHT = new Gemeenteontvanger();

    @DynamicPropertySource
    static void abonnementen(DynamicPropertyRegistry registry) {
        abonnement(registry, AMSTERDAM_OIN, "0363", AMSTERDAM);
        abonnement(registry, ROTTERDAM_OIN, "0599", ROTTERDAM);
        abonnement(registry, UTRECHT_OIN, "0344", UTRECHT);
    }

    private static void abonnement(DynamicPropertyRegistry registry, String oin, String gemeentecode,
            Gemeenteontvanger ontvanger) {
        registry.add("keten.duo.notificatie.abonnementen." + oin + ".gemeentecode", () -> gemeentecode);
        registry.add("keten.duo.notificatie.abonnementen." + oin + ".url", ontvanger::url);
    }

    @AfterAll
    static void stop() {
        AMSTERDAM.close();
        ROTTERDAM.close();
        UTRECHT.close();
    }

    @Autowired
    Outbox outbox;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Attentiesignalering attentiesignalering;

    @Test
    void een_gemeente_die_een_tijd_plat_ligt_krijgt_daarna_alles_op_volgorde_per_persoon_en_een_andere_gemeente_intussen_ook() {
        String eerste = TestBsn.nieuw();
        String tweede = TestBsn.nieuw();
        String rotterdammer = TestBsn.nieuw();
        AMSTERDAM.antwoordt(503);

        // interleaved facts for two persons of Amsterdam, and one of Rotterdam meanwhile
        feit(eerste, ContractEvents.inburgeringsplichtVastgesteld().setBsn(eerste).setGemeentecode("0363")
                .setOntvanger(Ontvanger.GEMEENTE).setAanleiding(Aanleiding.NIEUW)
                .setDoelgroep(Doelgroepindeling.GEZINSMIGRANT_EN_OVERIGE_MIGRANT).build());
        feit(tweede, ContractEvents.inburgeringsplichtVastgesteld().setBsn(tweede).setGemeentecode("0363")
                .setOntvanger(Ontvanger.GEMEENTE).setAanleiding(Aanleiding.NIEUW)
                .setDoelgroep(Doelgroepindeling.ASIELSTATUSHOUDER).build());
        feit(eerste, ContractEvents.leerbaarheidstoetsKlaargezet().setBsn(eerste).setGemeentecode("0363").build());
        feit(rotterdammer, ContractEvents.inburgeringsplichtVastgesteld().setBsn(rotterdammer).setGemeentecode("0599")
                .setOntvanger(Ontvanger.GEMEENTE).setAanleiding(Aanleiding.NIEUW)
                .setDoelgroep(Doelgroepindeling.GEZINSMIGRANT_EN_OVERIGE_MIGRANT).build());
        feit(eerste, ContractEvents.inburgeringstermijnVastgesteld().setBsn(eerste).setGemeentecode("0363").build());
        feit(tweede, ContractEvents.examenresultaatVastgesteld().setBsn(tweede).setGemeentecode("0363").build());
        feit(eerste, ContractEvents.examenresultaatVastgesteld().setBsn(eerste).setGemeentecode("0363").build());

        // Rotterdam gets its notification while Amsterdam is down, and Amsterdam was tried more than once
        await().atMost(Duration.ofSeconds(30)).until(() -> ROTTERDAM.aanvaardVoor(rotterdammer).size() == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> AMSTERDAM.verzoeken.size() >= 2);
        assertThat(AMSTERDAM.aanvaard()).isEmpty();
        assertThat(laatsteFout("0363")).isEqualTo("HTTP 503");

        AMSTERDAM.antwoordt(201);

        await().atMost(Duration.ofSeconds(30)).until(() -> AMSTERDAM.aanvaardVoor(eerste).size() == 4
                && AMSTERDAM.aanvaardVoor(tweede).size() == 2);
        assertThat(AMSTERDAM.aanvaardVoor(eerste)).extracting(Gemeenteontvanger.Verzoek::gebeurtenisId)
                .containsExactly("SS101", "SS137", "SS102", "SS199");
        assertThat(AMSTERDAM.aanvaardVoor(tweede)).extracting(Gemeenteontvanger.Verzoek::gebeurtenisId)
                .containsExactly("SS139", "SS199");
        assertThat(ROTTERDAM.aanvaardVoor(rotterdammer)).extracting(Gemeenteontvanger.Verzoek::gebeurtenisId)
                .containsExactly("SS101");
        // at least once, and here exactly once per notification once it is back; the berichtId stays the same
        List<Gemeenteontvanger.Verzoek> aanvaard = AMSTERDAM.aanvaardVoor(eerste);
        assertThat(aanvaard).extracting(Gemeenteontvanger.Verzoek::berichtId).doesNotHaveDuplicates();
        assertThat(AMSTERDAM.verzoeken).filteredOn(v -> v.status() == 503)
                .extracting(Gemeenteontvanger.Verzoek::berichtId).allMatch(id -> aanvaard.stream()
                        .anyMatch(a -> a.berichtId().equals(id)) || AMSTERDAM.aanvaardVoor(tweede).stream()
                                .anyMatch(a -> a.berichtId().equals(id)));
        assertThat(AMSTERDAM.verzoeken).allSatisfy(v -> {
            assertThat(v.bron()).isEqualTo(DUO_OIN);
            assertThat(v.doel()).isEqualTo(AMSTERDAM_OIN);
        });
        assertThat(ROTTERDAM.aanvaard()).allSatisfy(v -> assertThat(v.doel()).isEqualTo(ROTTERDAM_OIN));
        // the record of what was delivered when
        assertThat(jdbc.sql("select count(*) from notificatie where bsn in (?, ?) and status = 'AFGELEVERD'"
                + " and afgeleverd_op is not null").param(eerste).param(tweede).query(Long.class).single())
                .isEqualTo(6L);
    }

    @Test
    void elke_verstuurde_notificatie_volgt_de_gepubliceerde_spec() {
        String bsn = TestBsn.nieuw();
        feit(bsn, ContractEvents.inburgeringsplichtVastgesteld().setBsn(bsn).setGemeentecode("0599")
                .setOntvanger(Ontvanger.GEMEENTE).setAanleiding(Aanleiding.NIEUW).build());
        feit(bsn, ContractEvents.inburgeringstermijnVastgesteld().setBsn(bsn).setGemeentecode("0599").build());

        await().atMost(Duration.ofSeconds(30)).until(() -> ROTTERDAM.aanvaardVoor(bsn).size() == 2);

        assertThat(List.of(AMSTERDAM, ROTTERDAM, UTRECHT)).flatExtracting(o -> o.verzoeken)
                .isNotEmpty()
                .allSatisfy(v -> assertThat(v.specfouten()).as("notificatie %s", v.berichtId()).isEmpty());
    }

    @Test
    void een_attentiesignaal_zonder_stelseldienst_bereikt_de_gemeente_pas_als_zijn_feit_vastligt() {
        String bsn = TestBsn.nieuw();
        transaction.executeWithoutResult(t -> {
            attentiesignalering.signaleer(Bsn.of(bsn), "0599", Attentiesignaal.ADVIES_BIO_GEVRAAGD);
            t.setRollbackOnly();
        });
        String ander = TestBsn.nieuw();
        transaction.executeWithoutResult(t -> attentiesignalering.signaleer(Bsn.of(ander), "0599",
                Attentiesignaal.ADVIES_BIO_GEVRAAGD));

        await().atMost(Duration.ofSeconds(30)).until(() -> ROTTERDAM.aanvaardVoor(ander).size() == 1);
        assertThat(ROTTERDAM.aanvaardVoor(ander)).extracting(Gemeenteontvanger.Verzoek::gebeurtenisId)
                .containsExactly("SS140");
        assertThat(ROTTERDAM.aanvaardVoor(bsn)).as("het teruggedraaide feit").isEmpty();
    }

    @Test
    void een_notificatie_die_de_gemeente_als_misvormd_weigert_wordt_vastgelegd_en_niet_opnieuw_verstuurd() {
        String bsn = TestBsn.nieuw();
        UTRECHT.antwoordt(body -> body.contains("SS137") ? 400 : 201);

        feit(bsn, ContractEvents.inburgeringsplichtVastgesteld().setBsn(bsn).setGemeentecode("0344")
                .setOntvanger(Ontvanger.GEMEENTE).setAanleiding(Aanleiding.NIEUW)
                .setDoelgroep(Doelgroepindeling.GEZINSMIGRANT_EN_OVERIGE_MIGRANT).build());
        feit(bsn, ContractEvents.leerbaarheidstoetsKlaargezet().setBsn(bsn).setGemeentecode("0344").build());
        feit(bsn, ContractEvents.inburgeringstermijnVastgesteld().setBsn(bsn).setGemeentecode("0344").build());

        // the refused one does not block the next one of the same person
        await().atMost(Duration.ofSeconds(30)).until(() -> UTRECHT.aanvaardVoor(bsn).size() == 2);
        assertThat(UTRECHT.aanvaardVoor(bsn)).extracting(Gemeenteontvanger.Verzoek::gebeurtenisId)
                .containsExactly("SS101", "SS102");
        assertThat(UTRECHT.verzoeken).filteredOn(v -> bsn.equals(v.bsn()) && "SS137".equals(v.gebeurtenisId()))
                .hasSize(1);
        assertThat(jdbc.sql("select status || ' ' || pogingen || ' ' || laatste_fout from notificatie"
                + " where bsn = ? and gebeurtenis_id = 'SS137'").param(bsn).query(String.class).single())
                .isEqualTo("GEWEIGERD 1 HTTP 400");
    }

    private void feit(String bsn, SpecificRecord event) {
        UUID id = transaction.execute(status -> outbox.publiceer(bsn, event));
        assertThat(id).isNotNull();
    }

    private String laatsteFout(String gemeentecode) {
        return jdbc.sql("select laatste_fout from notificatie_abonnee where gemeentecode = ?").param(gemeentecode)
                .query(String.class).single();
    }
}
