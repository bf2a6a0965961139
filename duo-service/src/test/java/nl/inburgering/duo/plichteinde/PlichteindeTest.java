package nl.inburgering.duo.plichteinde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import nl.inburgering.contracts.common.Verblijfsdoel;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.duo.dossier.api.Dossier;
import nl.inburgering.duo.dossier.api.Dossiers;
import nl.inburgering.duo.dossier.api.RedenNietPlichtig;
import nl.inburgering.duo.plichteinde.application.AowBackfill;
import nl.inburgering.duo.termijnbewaking.application.TermijnbewakingJob;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;
import nl.inburgering.platform.time.VerschuifbareKlok;

/**
 * Issue 15 item 5 at DUO against a real broker and PostgreSQL, with the clock moved: the AOW-leeftijd during the
 * plicht, the vertrek naar het buitenland and the return, and overlijden.
 */
@SpringBootTest(properties = { "spring.config.name=duo-service", "keten.klok.verschuifbaar=true",
        "keten.duo.termijnbewaking.interval=PT1H", "keten.duo.notificatie.interval=PT1H",
        "keten.duo.notificatie.abonnementen.00000001002564440000.gemeentecode=0363",
        "keten.duo.notificatie.abonnementen.00000001002564440000.url=http://127.0.0.1:9/notificaties",
        "keten.duo.notificatie.abonnementen.00000001002220647000.gemeentecode=0599",
        "keten.duo.notificatie.abonnementen.00000001002220647000.url=http://127.0.0.1:9/notificaties" })
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class PlichteindeTest {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final String AMSTERDAM = "0363";
    private static final String ROTTERDAM = "0599";

    @Autowired
    Dossiers dossiers;
    @Autowired
    TermijnbewakingJob job;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AowBackfill backfill;

    /** The persons this test made plichtig: their deadlines must not fire in a later context on the shared database. */
    private final List<String> personen = new java.util.ArrayList<>();

    @AfterEach
    void klokTerugEnGeenOpenDeadlinesAchterlaten() {
        VerschuifbareKlok.GEDEELD.zetTerug();
        personen.forEach(bsn -> jdbc.sql("delete from termijn_deadline where bsn = ? and gevuurd_op is null")
                .param(bsn).update());
    }

    @Test
    void zes_maanden_voor_de_aow_leeftijd_krijgt_de_gemeente_ss128_en_op_de_dag_zelf_eindigt_de_plicht() {
        String bsn = plichtigeInAmsterdam(LocalDate.of(1961, 6, 15));
        LocalDate aowDatum = dossiers.aowDatum(Bsn.of(bsn)).orElseThrow();
        assertThat(deadlines(bsn)).contains("ZES_MAANDEN_VOOR_AOW_LEEFTIJD " + aowDatum.minusMonths(6),
                "AOW_LEEFTIJD " + aowDatum);

        naar(aowDatum.minusMonths(6));
        assertThat(gebeurtenissen(bsn)).contains("SS128");
        assertThat(dossier(bsn).isPlichtig()).isTrue();

        naar(aowDatum.minusDays(1));
        assertThat(dossier(bsn).isPlichtig()).as("de dag ervoor nog plichtig").isTrue();
        naar(aowDatum);
        Dossier beeindigd = dossier(bsn);
        assertThat(beeindigd.isPlichtig()).isFalse();
        assertThat(beeindigd.redenNietPlichtig()).isEqualTo(RedenNietPlichtig.AOW_LEEFTIJD_BEREIKT);
        assertThat(beeindigd.einddatum()).isEqualTo(aowDatum.minusDays(1));
        assertThat(gebeurtenissen(bsn)).containsOnlyOnce("SS128");
    }

    @Test
    void wie_binnen_zes_maanden_voor_de_aow_leeftijd_plichtig_wordt_krijgt_geen_apart_ss128_maar_wel_het_einde_bewaakt() {
        LocalDate vandaag = LocalDate.now(NL);
        String bsn = plichtigeInAmsterdam(vandaag.minusYears(67).plusMonths(3));
        LocalDate aowDatum = dossiers.aowDatum(Bsn.of(bsn)).orElseThrow();
        assertThat(deadlines(bsn)).contains("AOW_LEEFTIJD " + aowDatum)
                .noneMatch(d -> d.startsWith("ZES_MAANDEN_VOOR_AOW_LEEFTIJD"));
    }

    @Test
    void een_plichtige_van_voor_de_plichteinde_module_krijgt_zijn_aow_deadlines_eenmalig_bij_de_start() {
        String bsn = plichtigeInAmsterdam(LocalDate.of(1961, 6, 15));
        LocalDate aowDatum = dossiers.aowDatum(Bsn.of(bsn)).orElseThrow();
        // as before this module: no AOW deadlines, no backfill done
        jdbc.sql("delete from termijn_deadline where bsn = ? and soort like '%AOW%'").param(bsn).update();
        jdbc.sql("delete from plichteinde_backfill").update();

        backfill.bijStart();

        assertThat(deadlines(bsn)).contains("ZES_MAANDEN_VOOR_AOW_LEEFTIJD " + aowDatum.minusMonths(6),
                "AOW_LEEFTIJD " + aowDatum);
        jdbc.sql("delete from termijn_deadline where bsn = ? and soort like '%AOW%'").param(bsn).update();
        backfill.bijStart();
        assertThat(deadlines(bsn)).as("eenmalig").noneMatch(d -> d.contains("AOW"));
    }

    @Test
    void na_een_vertrek_krijgt_de_gemeente_ss123_en_na_meer_dan_een_jaar_weg_eindigt_de_plicht_op_de_dag_van_vertrek() {
        String bsn = plichtigeInAmsterdam(LocalDate.of(1990, 3, 8));
        LocalDate vertrek = LocalDate.now(NL).minusDays(3);
        TestPartner.publiceer(kafka(), "v-" + bsn, ContractEvents.ingezeteneVertrokkenNaarBuitenland().setBsn(bsn)
                .setGemeentecode(AMSTERDAM).setDatumVertrek(vertrek).setLandVanVertrek("DE").build());

        await().atMost(Duration.ofSeconds(30)).until(() -> gebeurtenissen(bsn).contains("SS123"));
        assertThat(deadlines(bsn)).contains("EEN_JAAR_NA_VERTREK " + vertrek.plusYears(1).plusDays(1));

        naar(vertrek.plusYears(1));
        assertThat(dossier(bsn).isPlichtig()).as("een jaar is nog niet langer dan een jaar").isTrue();
        naar(vertrek.plusYears(1).plusDays(1));
        Dossier beeindigd = dossier(bsn);
        assertThat(beeindigd.isPlichtig()).isFalse();
        assertThat(beeindigd.redenNietPlichtig()).isEqualTo(RedenNietPlichtig.VERTREK_UIT_NEDERLAND_LANGER_DAN_EEN_JAAR);
        assertThat(beeindigd.einddatum()).isEqualTo(vertrek);
    }

    @Test
    void wie_binnen_het_jaar_terugkeert_in_een_andere_gemeente_blijft_plichtig_en_woont_daar() {
        String bsn = plichtigeInAmsterdam(LocalDate.of(1990, 3, 8));
        LocalDate vertrek = LocalDate.now(NL).minusDays(60);
        TestPartner.publiceer(kafka(), "v-" + bsn, ContractEvents.ingezeteneVertrokkenNaarBuitenland().setBsn(bsn)
                .setGemeentecode(AMSTERDAM).setDatumVertrek(vertrek).build());
        await().atMost(Duration.ofSeconds(30)).until(() -> deadlines(bsn).stream()
                .anyMatch(d -> d.startsWith("EEN_JAAR_NA_VERTREK")));

        LocalDate terug = LocalDate.now(NL).minusDays(2);
        TestPartner.publiceer(kafka(), "i-" + bsn, ContractEvents.ingezeteneIngeschreven().setBsn(bsn)
                .setGemeentecode(ROTTERDAM).setDatumInschrijving(terug).build());

        await().atMost(Duration.ofSeconds(30)).until(() -> ROTTERDAM.equals(dossier(bsn).vestiging().gemeentecode()));
        assertThat(dossier(bsn).vestiging().datum()).isEqualTo(terug);
        assertThat(deadlines(bsn)).noneMatch(d -> d.startsWith("EEN_JAAR_NA_VERTREK"));
        assertThat(jdbc.sql("select datum_terugkeer || ' ' || gemeentecode_terugkeer from plichteinde_vertrek"
                + " where bsn = ?").param(bsn).query(String.class).single()).isEqualTo(terug + " " + ROTTERDAM);

        naar(vertrek.plusYears(1).plusDays(2));
        assertThat(dossier(bsn).isPlichtig()).isTrue();
    }

    @Test
    void het_vertrek_van_iemand_die_niet_plichtig_is_houdt_duo_niets_open() {
        String bsn = TestBsn.nieuw();
        TestPartner.publiceer(kafka(), "v-" + bsn, ContractEvents.ingezeteneVertrokkenNaarBuitenland().setBsn(bsn)
                .setGemeentecode(AMSTERDAM).setDatumVertrek(LocalDate.now(NL).minusDays(1)).build());
        String controle = plichtigeInAmsterdam(LocalDate.of(1990, 3, 8));
        TestPartner.publiceer(kafka(), "v-" + controle, ContractEvents.ingezeteneVertrokkenNaarBuitenland()
                .setBsn(controle).setGemeentecode(AMSTERDAM).setDatumVertrek(LocalDate.now(NL).minusDays(1)).build());
        await().atMost(Duration.ofSeconds(30)).until(() -> gebeurtenissen(controle).contains("SS123"));

        assertThat(jdbc.sql("select count(*) from plichteinde_vertrek where bsn = ?").param(bsn).query(Long.class)
                .single()).isZero();
        assertThat(gebeurtenissen(bsn)).isEmpty();
    }

    @Test
    void na_het_overlijden_eindigt_de_plicht_en_gaat_er_geen_enkel_signaal_meer_over_hem_uit() {
        String bsn = plichtigeInAmsterdam(LocalDate.of(1961, 6, 15));
        LocalDate overleden = LocalDate.now(NL).minusDays(1);
        TestPartner.publiceer(kafka(), "o-" + bsn, ContractEvents.ingezeteneOverleden().setBsn(bsn)
                .setGemeentecode(AMSTERDAM).setDatumOverlijden(overleden).build());

        await().atMost(Duration.ofSeconds(30)).until(() -> !dossier(bsn).isPlichtig());
        Dossier beeindigd = dossier(bsn);
        assertThat(beeindigd.redenNietPlichtig()).isEqualTo(RedenNietPlichtig.OVERLIJDEN);
        assertThat(beeindigd.einddatum()).isEqualTo(overleden);
        assertThat(gebeurtenissen(bsn)).contains("SS111");
        assertThat(jdbc.sql("select count(*) from termijn_deadline where bsn = ? and gevuurd_op is null").param(bsn)
                .query(Long.class).single()).as("geen ongevuurde deadline meer").isZero();
        List<String> voorDeTijd = gebeurtenissen(bsn);

        naar(LocalDate.now(NL).plusYears(3));
        assertThat(gebeurtenissen(bsn)).isEqualTo(voorDeTijd);
    }

    private String plichtigeInAmsterdam(LocalDate geboortedatum) {
        String bsn = TestBsn.nieuw();
        personen.add(bsn);
        TestPartner.publiceer(kafka(), "s-" + bsn, ContractEvents.verblijfsdoelDoorgegeven().setBsn(bsn)
                .setVNummer("8" + bsn).setVerblijfsdoel(Verblijfsdoel.GEZINSVORMING).setNationaliteit("AF")
                .setGeboortedatum(geboortedatum)
                .setIngangsdatumVerblijfsrecht(LocalDate.now(NL).minusMonths(2))
                .setDatumInschrijving(LocalDate.now(NL).minusMonths(1)).setGemeentecodeInschrijving(AMSTERDAM).build());
        await().atMost(Duration.ofSeconds(30)).until(() -> dossiers.dossier(Bsn.of(bsn)).filter(Dossier::isPlichtig)
                .isPresent());
        return bsn;
    }

    /** Moves the clock to 9:00 on {@code dag} and runs termijnbewaking once. */
    private void naar(LocalDate dag) {
        VerschuifbareKlok.GEDEELD.zetOp(dag.atTime(9, 0).atZone(NL).toInstant());
        job.vuur();
    }

    private Dossier dossier(String bsn) {
        return dossiers.dossier(Bsn.of(bsn)).orElseThrow();
    }

    private List<String> deadlines(String bsn) {
        return jdbc.sql("select soort || ' ' || vervaldag from termijn_deadline where bsn = ? and gevuurd_op is null")
                .param(bsn).query(String.class).list();
    }

    private List<String> gebeurtenissen(String bsn) {
        return jdbc.sql("select gebeurtenis_id from notificatie where bsn = ? order by volgnummer").param(bsn)
                .query(String.class).list();
    }

    private static String kafka() {
        return KetenTestInfrastructuur.kafkaBootstrapServers();
    }
}
