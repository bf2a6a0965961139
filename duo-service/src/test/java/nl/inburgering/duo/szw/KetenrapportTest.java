package nl.inburgering.duo.szw;

import static nl.inburgering.duo.MvcVerzoeken.veld;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.jayway.jsonpath.JsonPath;

import nl.inburgering.contracts.common.Verblijfsdoel;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.duo.MvcVerzoeken;
import nl.inburgering.duo.Testopbouw;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtRepository;
import nl.inburgering.duo.pip.domain.Inburgeringstermijn;
import nl.inburgering.duo.pip.persistence.InburgeringstermijnEntity;
import nl.inburgering.duo.pip.persistence.InburgeringstermijnRepository;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;
import nl.inburgering.platform.test.TestTokens;

/**
 * SZW's chain report in DUO's service (issue 16 part 3, decision 0042): the delivery agreements per stelseldienst and
 * partner pair, and the first chain figures; counts only, for the SZW medewerker only.
 */
@SpringBootTest(properties = "spring.config.name=duo-service", webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class KetenrapportTest {

    private static final String VERBLIJFSDOELEN = "ind.verblijfsdoelen.v1";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    InburgeringsplichtRepository plichten;
    @Autowired
    InburgeringstermijnRepository termijnen;
    @Autowired
    Testopbouw opbouw;
    @Autowired
    Clock clock;

    private MvcTestResult szw(String pad) {
        return MvcVerzoeken.vraag(mvc, HttpMethod.GET, pad, null,
                TestTokens.voor("duo-service").rol(Rol.SZW_MEDEWERKER).oin("00000001003214345000").bearer());
    }

    private long verblijfsdoelen(String uitkomst) {
        MvcTestResult rapport = szw("/api/v1/szw/leveringsafspraken");
        assertThat(rapport).hasStatus(HttpStatus.OK);
        List<Number> aantallen = JsonPath.read(body(rapport), "$.leveringen[?(@.stelseldienst == '" + VERBLIJFSDOELEN
                + "' && @.leverancier == 'ind' && @.afnemer == 'duo')]." + uitkomst);
        return aantallen.stream().mapToLong(Number::longValue).sum();
    }

    private static String body(MvcTestResult antwoord) {
        try {
            return antwoord.getResponse().getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void indLevert(String bsn, java.time.Instant uiterlijk) {
        TestPartner.publiceerMetUiterlijk(KetenTestInfrastructuur.kafkaBootstrapServers(), "sleutel-" + bsn,
                ContractEvents.verblijfsdoelDoorgegeven().setBsn(bsn).setVerblijfsdoel(Verblijfsdoel.KENNISMIGRANT)
                        .setIngangsdatumVerblijfsrecht(LocalDate.of(2026, 9, 1)).setGemeentecodeInschrijving("0344")
                        .setDatumInschrijving(LocalDate.of(2026, 9, 14)).build(),
                uiterlijk);
        await().atMost(Duration.ofSeconds(30)).until(() -> plichten.existsById(bsn));
    }

    @Test
    void het_rapport_telt_per_stelseldienst_en_ketenpartnerpaar_wat_duo_op_tijd_en_te_laat_verwerkte_zonder_bsn() {
        long opTijd = verblijfsdoelen("opTijd");
        long teLaat = verblijfsdoelen("teLaat");
        String optijd = TestBsn.nieuw();
        String telaat = TestBsn.nieuw();

        indLevert(optijd, clock.instant().plus(Duration.ofDays(1)));
        // the IND's deadline had passed before DUO applied it (a delivery that waited, e.g. in a dead-letter topic)
        indLevert(telaat, clock.instant().minus(Duration.ofHours(1)));

        assertThat(verblijfsdoelen("opTijd")).isEqualTo(opTijd + 1);
        assertThat(verblijfsdoelen("teLaat")).isEqualTo(teLaat + 1);
        MvcTestResult rapport = szw("/api/v1/szw/leveringsafspraken?vanaf=2020-01-01");
        assertThat(veld(rapport, "$.bronnen[0].partner")).isEqualTo("duo");
        List<String> afspraak = JsonPath.read(body(rapport),
                "$.leveringen[?(@.stelseldienst == '" + VERBLIJFSDOELEN + "')].afspraak");
        assertThat(afspraak).isNotEmpty().allSatisfy(a -> assertThat(a).isNotBlank());
        assertThat(body(rapport)).doesNotContain(optijd).doesNotContain(telaat);
    }

    @Test
    void een_periode_die_niet_klopt_krijgt_elk_probleem_als_problem_json() {
        MvcTestResult fout = szw("/api/v1/szw/leveringsafspraken?vanaf=gisteren&tot=2026-13-01");

        assertThat(fout).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(fout.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(body(fout)).contains("\"vanaf\"").contains("\"tot\"");
        assertThat(szw("/api/v1/szw/leveringsafspraken?vanaf=2026-12-08&tot=2026-12-01")).hasStatus(
                HttpStatus.BAD_REQUEST);
    }

    @Test
    void de_ketencijfers_geven_per_gemeente_de_mediaan_van_de_dagen_tot_het_pip_en_het_aantal_per_status() {
        String gemeente = "9041";
        long plichtig = plichtigen();
        LocalDate begin = LocalDate.of(2026, 3, 2);
        for (int dagen : new int[] { 10, 20 }) {
            String bsn = opbouw.plichtigeGezinsmigrant(gemeente, begin);
            opbouw.leg(bsn, () -> termijnen.save(new InburgeringstermijnEntity(bsn, gemeente,
                    new Inburgeringstermijn(begin.plusDays(dagen + 1), begin.plusDays(dagen).plusYears(3)),
                    begin.plusDays(dagen), begin.plusDays(dagen))));
        }

        MvcTestResult cijfers = szw("/api/v1/szw/ketencijfers");

        assertThat(cijfers).hasStatus(HttpStatus.OK);
        List<Map<String, Object>> perGemeente = JsonPath.read(body(cijfers),
                "$.doorlooptijdTotPip[?(@.gemeentecode == '" + gemeente + "')]");
        assertThat(perGemeente).singleElement().satisfies(g -> {
            assertThat(((Number) g.get("aantal")).longValue()).isEqualTo(2);
            assertThat(new java.math.BigDecimal(g.get("mediaanDagen").toString())).isEqualByComparingTo("15");
        });
        assertThat(plichtigen()).isGreaterThanOrEqualTo(plichtig + 2);
    }

    @Test
    void een_klantmanager_van_een_gemeente_leest_het_ketenrapport_van_szw_niet() {
        MvcTestResult backoffice = MvcVerzoeken.vraag(mvc, HttpMethod.GET, "/api/v1/szw/ketencijfers", null,
                TestTokens.voor("duo-service").rol(Rol.GEMEENTE_KLANTMANAGER).gemeente("0363", "00000001002220647000")
                        .bearer());

        assertThat(backoffice).hasStatus(HttpStatus.FORBIDDEN);
    }

    private long plichtigen() {
        Map<String, Number> perStatus = JsonPath.read(body(szw("/api/v1/szw/ketencijfers")), "$.plichtigenPerStatus");
        return perStatus.getOrDefault("PLICHTIG", 0).longValue();
    }

    // ---- the other partners' figures (decision 0042, addendum)

    private static final String PLICHT = "duo.inburgeringsplicht.v1";

    private static nl.inburgering.contracts.common.Leveringstelling telling(LocalDate dag, long opTijd, long teLaat) {
        return ContractEvents.leveringstelling().setDag(dag).setStelseldienst(PLICHT).setLeverancier("duo")
                .setAfnemer("gemeente-0363").setOpTijd(opTijd).setTeLaat(teLaat).build();
    }

    private static void gemeentePubliceert(LocalDate vanaf, LocalDate tot, java.time.Instant geteldOp,
            nl.inburgering.contracts.common.Leveringstelling... tellingen) {
        TestPartner.publiceer(KetenTestInfrastructuur.kafkaBootstrapServers(), "gemeente",
                ContractEvents.leveringsafsprakenGeteldGemeente().setGeteldOp(geteldOp).setVanaf(vanaf).setTot(tot)
                        .setTellingen(List.of(tellingen)).build());
    }

    private List<Map<String, Object>> plichtAanDeGemeente(String periode) {
        return JsonPath.read(body(szw("/api/v1/szw/leveringsafspraken?" + periode)), "$.leveringen[?(@.stelseldienst == '"
                + PLICHT + "' && @.leverancier == 'duo' && @.afnemer == 'gemeente-0363')]");
    }

    private static long aantal(List<Map<String, Object>> leveringen, String uitkomst) {
        return leveringen.stream().mapToLong(l -> ((Number) l.get(uitkomst)).longValue()).sum();
    }

    @Test
    void wat_de_gemeente_telde_en_publiceerde_staat_naast_de_eigen_cijfers_van_duo_met_het_moment_van_tellen() {
        LocalDate dag = LocalDate.of(2025, 3, 10);
        java.time.Instant geteldOp = java.time.Instant.parse("2025-03-10T16:00:00Z");
        String periode = "vanaf=2025-03-04&tot=2025-03-11";

        gemeentePubliceert(dag.minusDays(6), dag.plusDays(1), geteldOp, telling(dag, 3, 1));

        await().atMost(Duration.ofSeconds(30)).until(() -> !plichtAanDeGemeente(periode).isEmpty());
        List<Map<String, Object>> levering = plichtAanDeGemeente(periode);
        assertThat(levering).singleElement().satisfies(l -> {
            assertThat(l.get("opTijd")).isEqualTo(3);
            assertThat(l.get("teLaat")).isEqualTo(1);
            assertThat(l.get("nummer")).isEqualTo(3);
            assertThat((String) l.get("afspraak")).isNotBlank();
        });
        MvcTestResult rapport = szw("/api/v1/szw/leveringsafspraken?" + periode);
        List<String> partners = JsonPath.read(body(rapport), "$.bronnen[*].partner");
        assertThat(partners).containsExactly("duo", "gemeente");
        assertThat(veld(rapport, "$.bronnen[1].geteldOp")).isEqualTo("2025-03-10T16:00:00Z");
        assertThat(veld(rapport, "$.bronnen[1].systeem")).endsWith(":systeem:gemeente-service");
        assertThat(plichtAanDeGemeente("vanaf=2025-03-11&tot=2025-03-12")).as("een andere periode").isEmpty();
    }

    @Test
    void een_latere_publicatie_vervangt_de_dagen_die_zij_telt_en_een_oudere_die_laat_binnenkomt_verandert_niets() {
        LocalDate dag = LocalDate.of(2025, 4, 10);
        String periode = "vanaf=2025-04-10&tot=2025-04-11";
        gemeentePubliceert(dag, dag.plusDays(1), java.time.Instant.parse("2025-04-10T10:00:00Z"), telling(dag, 5, 0));
        await().atMost(Duration.ofSeconds(30)).until(() -> aantal(plichtAanDeGemeente(periode), "opTijd") == 5);

        gemeentePubliceert(dag, dag.plusDays(1), java.time.Instant.parse("2025-04-10T11:00:00Z"), telling(dag, 7, 2));
        await().atMost(Duration.ofSeconds(30)).until(() -> aantal(plichtAanDeGemeente(periode), "opTijd") == 7);
        // an older publication arriving late, then a newer one about the next day (same key, so in this order)
        gemeentePubliceert(dag, dag.plusDays(1), java.time.Instant.parse("2025-04-10T09:00:00Z"),
                telling(dag, 100, 0));
        gemeentePubliceert(dag.plusDays(1), dag.plusDays(2), java.time.Instant.parse("2025-04-11T09:00:00Z"),
                telling(dag.plusDays(1), 1, 0));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> aantal(plichtAanDeGemeente("vanaf=2025-04-11&tot=2025-04-12"), "opTijd") == 1);

        assertThat(aantal(plichtAanDeGemeente(periode), "opTijd")).isEqualTo(7);
        assertThat(aantal(plichtAanDeGemeente(periode), "teLaat")).isEqualTo(2);
        assertThat(aantal(plichtAanDeGemeente("vanaf=2025-04-10&tot=2025-04-12"), "opTijd")).isEqualTo(8);
    }

    @Test
    void een_publicatie_met_een_andere_producent_en_een_negatief_aantal_wordt_met_elke_reden_weggelegd() {
        LocalDate dag = LocalDate.of(2025, 5, 10);
        TestPartner.publiceer(KetenTestInfrastructuur.kafkaBootstrapServers(), "gemeente",
                ContractEvents.leveringsafsprakenGeteldGemeente().setProducent("ind-vals").setVanaf(dag)
                        .setTot(dag.plusDays(1)).setTellingen(List.of(telling(dag, -1, 0))).build());

        var brief = TestPartner.wachtOpDodeLetter(KetenTestInfrastructuur.kafkaBootstrapServers(),
                nl.inburgering.contracts.TopicCatalogue.LEVERINGSAFSPRAKEN_GEMEENTE,
                r -> TestPartner.bevat(r, "ind-vals"));
        String reden = new String(brief.headers().lastHeader("kafka_dlt-exception-message").value(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(reden).contains("producent ind-vals").contains("negatief aantal");
        assertThat(plichtAanDeGemeente("vanaf=2025-05-10&tot=2025-05-11")).isEmpty();
    }
}
