package nl.inburgering.duo.pip;

import static nl.inburgering.duo.m2m.M2mSpec.fouten;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.duo.Testopbouw;
import nl.inburgering.duo.dossier.api.GedetailleerdeDoelgroep;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtRepository;
import nl.inburgering.duo.m2m.M2mSpec;
import nl.inburgering.duo.pip.domain.Kanaal;
import nl.inburgering.duo.pip.domain.Leerroute;
import nl.inburgering.duo.pip.domain.Niveau;
import nl.inburgering.duo.pip.domain.Pip;
import nl.inburgering.duo.pip.persistence.PipEntity;
import nl.inburgering.duo.pip.persistence.PipRepository;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;
import nl.inburgering.platform.test.TestTokens;

/**
 * DUO's M2M PIP, Inburgeringstermijn and Inburgeringsaanbod APIs against a real PostgreSQL and Kafka. Every
 * exchange is checked against DUO's published spec: the response always, the request too when it is meant to be
 * valid. Also the relevance clauses 3 and 4 (the PIP's gemeente, and the previous PIP's for a month).
 */
@SpringBootTest(properties = "spring.config.name=duo-service", webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class PipM2mApiTest {

    @Autowired
    private Testopbouw opbouw;

    private static final String AMSTERDAM = "0363";
    private static final String AMSTERDAM_OIN = "00000001002564440000";
    private static final String ROTTERDAM = "0599";
    private static final String ROTTERDAM_OIN = "00000001002220647000";
    private static final String UTRECHT = "0344";
    private static final String UTRECHT_OIN = "00000001001299992000";

    @Autowired
    private MockMvcTester mvc;
    @Autowired
    private InburgeringsplichtRepository plichten;
    @Autowired
    private PipRepository pips;
    @Autowired
    private org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Value("${keten.oin}")
    private String duoOin;

    // --- PIP API 1.2.0 ---

    @Test
    void een_gemeente_registreert_een_pip_met_201_en_leest_het_terug_met_b1_als_niveau() {
        String bsn = plichtige(GedetailleerdeDoelgroep.ASIELSTATUSHOUDER);

        MvcTestResult post = geldig(M2mSpec.PIP, HttpMethod.POST, "/personen/" + bsn + "/PIP", AMSTERDAM, """
                {"dagtekeningPip": "2026-03-10", "leerroute": "B", "geschatteIntensiteitB1Route": 600,
                 "indicatorMagOpleidingAfmaken": false, "indicatorAlfabetiseringsonderwijs": "NVT"}""");

        assertThat(post).hasStatus(HttpStatus.CREATED).hasHeader("API-Version", "1.2.0");
        assertThat(geldig(M2mSpec.PIP, HttpMethod.GET, "/personen/" + bsn + "/PIP", AMSTERDAM, null)).hasStatusOk()
                .bodyJson().isStrictlyEqualTo("""
                        {"gemeentecode": "0363", "pip": {"dagtekeningPip": "2026-03-10", "leerroute": "B",
                         "niveau": "B1", "geschatteIntensiteitB1Route": 600, "indicatorMagOpleidingAfmaken": false,
                         "indicatorAlfabetiseringsonderwijs": "NVT"}}""");
        assertThat(TestPartner.wachtOp(KetenTestInfrastructuur.kafkaBootstrapServers(),
                TopicCatalogue.INBURGERINGSTERMIJN, r -> TestPartner.bevat(r, bsn))).isNotNull();
    }

    @Test
    void een_afgewezen_pip_geeft_403_met_elke_reden_als_foutmelding() {
        String bsn = plichtige(GedetailleerdeDoelgroep.GEZINSHERENIGER);

        MvcTestResult post = geldig(M2mSpec.PIP, HttpMethod.POST, "/personen/" + bsn + "/PIP", AMSTERDAM, """
                {"dagtekeningPip": "2026-03-10", "leerroute": "O", "niveau": "A2", "geschatteIntensiteitB1Route": 10}""");

        assertThat(post).hasStatus(HttpStatus.FORBIDDEN).hasContentType(MediaType.APPLICATION_JSON).bodyJson()
                .extractingPath("$[*].fouttekst").asArray().containsExactly(
                        "Niveau A2 mag niet in combinatie met de onderwijsroute worden aangeleverd.",
                        "Geschatte intensiteit B1-route mag alleen bij de B1-route worden aangeleverd.",
                        "Geschatte intensiteit B1-route mag alleen bij asielmigranten worden aangeleverd.");
        assertThat(pips.findByBsnAndVerwijderdFalseOrderByIdDesc(bsn)).isEmpty();
    }

    @Test
    void een_pip_zonder_leerroute_en_met_een_onbekend_niveau_is_een_fout_verzoek() {
        String bsn = plichtige(GedetailleerdeDoelgroep.GEZINSHERENIGER);

        MvcTestResult post = vraag(M2mSpec.PIP, HttpMethod.POST, "/personen/" + bsn + "/PIP", headers(AMSTERDAM),
                """
                {"dagtekeningPip": "2026-03-10", "niveau": "C1"}""");

        assertThat(fouten(M2mSpec.PIP.valideerVerzoek(post.getMvcResult()))).isNotEmpty();
        assertThat(post).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.invalidParams[*].name")
                .asArray().containsExactly("leerroute", "niveau");
    }

    @Test
    void een_pip_voor_een_persoon_die_duo_niet_kent_is_niet_gevonden() {
        String bsn = TestBsn.nieuw();

        assertThat(geldig(M2mSpec.PIP, HttpMethod.POST, "/personen/" + bsn + "/PIP", AMSTERDAM, """
                {"dagtekeningPip": "2026-03-10", "leerroute": "Z"}""")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(geldig(M2mSpec.PIP, HttpMethod.GET, "/personen/" + bsn + "/PIP", AMSTERDAM, null))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void een_gemeente_waar_de_persoon_niet_relevant_is_krijgt_niet_gevonden_zoals_bij_een_onbekende() {
        String bsn = plichtige(GedetailleerdeDoelgroep.GEZINSHERENIGER);

        assertThat(geldig(M2mSpec.PIP, HttpMethod.POST, "/personen/" + bsn + "/PIP", ROTTERDAM, """
                {"dagtekeningPip": "2026-03-10", "leerroute": "Z"}""")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(geldig(M2mSpec.PIP, HttpMethod.GET, "/personen/" + bsn + "/PIP", ROTTERDAM, null))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void een_pip_verwijderen_wordt_geweigerd_zodra_de_termijn_is_vastgesteld_en_is_zonder_pip_niet_gevonden() {
        String bsn = plichtige(GedetailleerdeDoelgroep.GEZINSHERENIGER);
        assertThat(geldig(M2mSpec.PIP, HttpMethod.DELETE, "/personen/" + bsn + "/PIP", AMSTERDAM, null))
                .hasStatus(HttpStatus.NOT_FOUND);
        geldig(M2mSpec.PIP, HttpMethod.POST, "/personen/" + bsn + "/PIP", AMSTERDAM, """
                {"dagtekeningPip": "2026-03-10", "leerroute": "Z"}""");

        assertThat(geldig(M2mSpec.PIP, HttpMethod.DELETE, "/personen/" + bsn + "/PIP", AMSTERDAM, null))
                .hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$[*].fouttekst").asArray()
                .containsExactly("Het PIP kan niet worden verwijderd: de inburgeringstermijn is al vastgesteld.");
        assertThat(pips.findByBsnAndVerwijderdFalseOrderByIdDesc(bsn)).hasSize(1);
    }

    // --- relevance clauses 3 and 4 ---

    @Test
    void de_gemeente_van_de_actuele_pip_mag_de_persoon_raadplegen_ook_als_hij_daar_niet_woont() {
        String bsn = plichtige(GedetailleerdeDoelgroep.GEZINSHERENIGER);
        opbouw.leg(bsn, () -> pips.save(pip(bsn, ROTTERDAM, LocalDate.of(2026, 3, 10), LocalDate.of(2025, 1, 1))));

        assertThat(geldig(M2mSpec.PIP, HttpMethod.GET, "/personen/" + bsn + "/PIP", ROTTERDAM, null)).hasStatusOk();
        assertThat(geldig(M2mSpec.PIP, HttpMethod.GET, "/personen/" + bsn + "/PIP", UTRECHT, null))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void de_gemeente_van_de_vorige_pip_mag_raadplegen_zolang_de_actuele_pip_jonger_is_dan_een_maand() {
        String bsn = plichtige(GedetailleerdeDoelgroep.GEZINSHERENIGER);
        opbouw.leg(bsn, () -> pips.save(pip(bsn, UTRECHT, LocalDate.of(2026, 3, 10), LocalDate.now().minusMonths(6))));
        opbouw.leg(bsn, () -> pips.save(pip(bsn, ROTTERDAM, LocalDate.of(2026, 8, 10), LocalDate.now().minusDays(20))));

        assertThat(geldig(M2mSpec.PIP, HttpMethod.GET, "/personen/" + bsn + "/PIP", UTRECHT, null)).hasStatusOk()
                .bodyJson().extractingPath("$.gemeentecode").isEqualTo(ROTTERDAM);
    }

    @Test
    void de_gemeente_van_de_vorige_pip_mag_niet_meer_raadplegen_als_de_actuele_pip_een_maand_oud_is() {
        String bsn = plichtige(GedetailleerdeDoelgroep.GEZINSHERENIGER);
        opbouw.leg(bsn, () -> pips.save(pip(bsn, UTRECHT, LocalDate.of(2026, 3, 10), LocalDate.now().minusMonths(6))));
        opbouw.leg(bsn, () -> pips.save(pip(bsn, ROTTERDAM, LocalDate.of(2026, 8, 10), LocalDate.now().minusMonths(1))));

        assertThat(geldig(M2mSpec.PIP, HttpMethod.GET, "/personen/" + bsn + "/PIP", UTRECHT, null))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(geldig(M2mSpec.PIP, HttpMethod.GET, "/personen/" + bsn + "/PIP", ROTTERDAM, null))
                .hasStatusOk();
    }

    @Test
    void de_gemeente_van_de_vorige_pip_blijft_haar_maand_raadplegen_ook_als_de_nieuwe_gemeente_haar_pip_wijzigt() {
        String bsn = plichtige(GedetailleerdeDoelgroep.GEZINSHERENIGER);
        opbouw.leg(bsn, () -> pips.save(pip(bsn, UTRECHT, LocalDate.of(2026, 3, 10), LocalDate.now().minusMonths(6))));
        opbouw.leg(bsn, () -> pips.save(pip(bsn, ROTTERDAM, LocalDate.of(2026, 8, 10), LocalDate.now().minusDays(20))));
        opbouw.leg(bsn, () -> pips.save(pip(bsn, ROTTERDAM, LocalDate.of(2026, 8, 20), LocalDate.now().minusDays(2))));

        assertThat(geldig(M2mSpec.PIP, HttpMethod.GET, "/personen/" + bsn + "/PIP", UTRECHT, null)).hasStatusOk();
    }

    @Test
    void een_wijziging_van_de_eigen_pip_begint_de_maand_van_de_vorige_gemeente_niet_opnieuw() {
        String bsn = plichtige(GedetailleerdeDoelgroep.GEZINSHERENIGER);
        opbouw.leg(bsn, () -> pips.save(pip(bsn, UTRECHT, LocalDate.of(2026, 3, 10), LocalDate.now().minusMonths(6))));
        opbouw.leg(bsn, () -> pips.save(pip(bsn, ROTTERDAM, LocalDate.of(2026, 5, 10), LocalDate.now().minusMonths(2))));
        opbouw.leg(bsn, () -> pips.save(pip(bsn, ROTTERDAM, LocalDate.of(2026, 8, 20), LocalDate.now().minusDays(2))));

        assertThat(geldig(M2mSpec.PIP, HttpMethod.GET, "/personen/" + bsn + "/PIP", UTRECHT, null))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    // --- after a verhuizing (seed §13.2, issue 16, decision 0037) ---

    private void verhuistNaarRotterdam(String bsn) {
        TestPartner.publiceer(KetenTestInfrastructuur.kafkaBootstrapServers(), "brp-" + bsn,
                nl.inburgering.contracts.testdata.ContractEvents.ingezeteneVerhuisd().setBsn(bsn)
                        .setGemeentecodeOud(AMSTERDAM).setGemeentecodeNieuw(ROTTERDAM)
                        .setDatumVerhuizing(LocalDate.now().minusDays(25)).build());
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> plichten.findById(bsn).orElseThrow().getGemeentecode().equals(ROTTERDAM));
    }

    @Test
    void na_een_verhuizing_leest_de_oude_gemeente_met_de_actuele_pip_en_wijzigt_de_nieuwe_pas_met_haar_eigen_pip() {
        String bsn = plichtige(GedetailleerdeDoelgroep.GEZINSHERENIGER);
        opbouw.leg(bsn, () -> pips.save(pip(bsn, AMSTERDAM, LocalDate.of(2026, 3, 10), LocalDate.now().minusMonths(6))));

        verhuistNaarRotterdam(bsn);

        String plicht = "/personen/" + bsn + "/inburgeringsplicht";
        assertThat(geldig(M2mSpec.INBURGERINGSPLICHT, HttpMethod.GET, plicht, AMSTERDAM, null))
                .as("de gemeente van de actuele PIP").hasStatusOk();
        assertThat(geldig(M2mSpec.INBURGERINGSPLICHT, HttpMethod.GET, plicht, ROTTERDAM, null))
                .as("de vestigingsgemeente").hasStatusOk();
        assertThat(geldig(M2mSpec.GEVOLGDE_UREN, HttpMethod.PUT, "/personen/" + bsn + "/uren/bredeintake/taallesknm",
                ROTTERDAM, "{\"uren\": 12}")).as("met de PIP van Amsterdam wijzigt Amsterdam nog")
                .hasStatus(HttpStatus.FORBIDDEN);

        opbouw.leg(bsn, () -> pips.save(pip(bsn, ROTTERDAM, LocalDate.now().minusDays(20), LocalDate.now().minusDays(20))));

        assertThat(geldig(M2mSpec.INBURGERINGSPLICHT, HttpMethod.GET, plicht, AMSTERDAM, null))
                .as("nog een maand na de eerste PIP van Rotterdam").hasStatusOk();
        assertThat(geldig(M2mSpec.GEVOLGDE_UREN, HttpMethod.PUT, "/personen/" + bsn + "/uren/bredeintake/taallesknm",
                AMSTERDAM, "{\"uren\": 12}")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(geldig(M2mSpec.GEVOLGDE_UREN, HttpMethod.PUT, "/personen/" + bsn + "/uren/bredeintake/taallesknm",
                ROTTERDAM, "{\"uren\": 12}")).hasStatusOk();
    }

    @Test
    void na_een_verhuizing_leest_de_oude_gemeente_niet_meer_als_de_pip_van_de_nieuwe_een_maand_oud_is() {
        String bsn = plichtige(GedetailleerdeDoelgroep.GEZINSHERENIGER);
        opbouw.leg(bsn, () -> pips.save(pip(bsn, AMSTERDAM, LocalDate.of(2026, 3, 10), LocalDate.now().minusMonths(6))));
        verhuistNaarRotterdam(bsn);
        opbouw.leg(bsn, () -> pips.save(pip(bsn, ROTTERDAM, LocalDate.now().minusMonths(1),
                LocalDate.now().minusMonths(1))));

        assertThat(geldig(M2mSpec.INBURGERINGSPLICHT, HttpMethod.GET, "/personen/" + bsn + "/inburgeringsplicht",
                AMSTERDAM, null)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(geldig(M2mSpec.INBURGERINGSPLICHT, HttpMethod.GET, "/personen/" + bsn + "/inburgeringsplicht",
                ROTTERDAM, null)).hasStatusOk();
    }

    // --- writes need more than the right to read ---

    @Test
    void de_gemeente_van_de_vorige_pip_leest_in_haar_maand_maar_trekt_geen_toets_in_en_schrijft_geen_uren_of_contactpersoon() {
        String bsn = plichtige(GedetailleerdeDoelgroep.GEZINSHERENIGER);
        opbouw.leg(bsn, () -> pips.save(pip(bsn, UTRECHT, LocalDate.of(2026, 3, 10), LocalDate.now().minusMonths(6))));
        opbouw.leg(bsn, () -> pips.save(pip(bsn, ROTTERDAM, LocalDate.of(2026, 8, 10), LocalDate.now().minusDays(20))));
        String examennummer = toetsKlaargezet(bsn);
        MvcTestResult contactpersoon = geldig(M2mSpec.CONTACTPERSOON, HttpMethod.POST, "/contactpersonen", UTRECHT, """
                {"naam": "J. de Vries", "email": "j.devries@utrecht.nl", "telefoonnummer": "0302860000"}""");
        String id = new String(contactpersoon.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8).replaceAll("(?s).*\"id\"\\s*:\\s*(\\d+).*", "$1");

        assertThat(geldig(M2mSpec.LEERBAARHEIDSTOETS, HttpMethod.GET, "/personen/" + bsn + "/lbt/examennummer", UTRECHT,
                null)).as("lezen mag nog").hasStatusOk();
        assertThat(geldig(M2mSpec.LEERBAARHEIDSTOETS, HttpMethod.DELETE, "/personen/" + bsn + "/lbt/examennummer",
                UTRECHT, null)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(geldig(M2mSpec.GEVOLGDE_UREN, HttpMethod.PUT, "/personen/" + bsn + "/uren/bredeintake/taallesknm",
                UTRECHT, "{\"uren\": 12}")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(geldig(M2mSpec.CONTACTPERSOON, HttpMethod.POST, "/contactpersonen/" + id + "/personen/" + bsn,
                UTRECHT, null)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(jdbc.sql("select status from leerbaarheidstoets where examennummer = ?").param(examennummer)
                .query(String.class).single()).isEqualTo("KLAARGEZET");
        assertThat(jdbc.sql("select count(*) from gevolgde_uren where bsn = ?").param(bsn).query(Integer.class)
                .single()).isZero();
    }

    @Test
    void met_een_pip_schrijft_alleen_de_gemeente_van_de_actuele_pip_niet_de_woongemeente() {
        String bsn = plichtige(GedetailleerdeDoelgroep.GEZINSHERENIGER);
        opbouw.leg(bsn, () -> pips.save(pip(bsn, ROTTERDAM, LocalDate.of(2026, 8, 10), LocalDate.now().minusDays(20))));

        assertThat(geldig(M2mSpec.GEVOLGDE_UREN, HttpMethod.PUT, "/personen/" + bsn + "/uren/bredeintake/taallesknm",
                AMSTERDAM, "{\"uren\": 12}")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(geldig(M2mSpec.GEVOLGDE_UREN, HttpMethod.PUT, "/personen/" + bsn + "/uren/bredeintake/taallesknm",
                ROTTERDAM, "{\"uren\": 12}")).hasStatusOk();
    }

    // --- an unknown and a non-relevant person are answered alike ---

    @Test
    void een_onbekende_en_een_niet_relevante_persoon_krijgen_hetzelfde_antwoord() {
        String nietRelevant = plichtige(GedetailleerdeDoelgroep.GEZINSHERENIGER);
        String onbekend = TestBsn.nieuw();

        for (String[] api : new String[][] { { "INBURGERINGSPLICHT", "/inburgeringsplicht" }, { "PIP", "/PIP" },
                { "INBURGERINGSTERMIJN", "/inburgeringstermijn" }, { "LEERBAARHEIDSTOETS", "/lbt/resultaten" },
                { "GEVOLGDE_UREN", "/uren" } }) {
            M2mSpec spec = spec(api[0]);
            MvcTestResult nietRelevantAntwoord = geldig(spec, HttpMethod.GET, "/personen/" + nietRelevant + api[1],
                    ROTTERDAM, null);
            MvcTestResult onbekendAntwoord = geldig(spec, HttpMethod.GET, "/personen/" + onbekend + api[1], ROTTERDAM,
                    null);

            assertThat(nietRelevantAntwoord).as(api[1]).hasStatus(HttpStatus.NOT_FOUND);
            assertThat(onbekendAntwoord).as(api[1]).hasStatus(HttpStatus.NOT_FOUND);
            assertThat(zonderInstance(nietRelevantAntwoord)).as(api[1]).isEqualTo(zonderInstance(onbekendAntwoord));
        }
    }

    // --- Inburgeringstermijn API 1.0.0 ---

    @Test
    void de_termijn_van_een_pip_gedagtekend_op_31_januari_loopt_tot_de_dag_na_de_derde_verjaardag_exclusief() {
        String bsn = plichtige(GedetailleerdeDoelgroep.GEZINSHERENIGER);
        geldig(M2mSpec.PIP, HttpMethod.POST, "/personen/" + bsn + "/PIP", AMSTERDAM, """
                {"dagtekeningPip": "2027-01-31", "leerroute": "B"}""");

        MvcTestResult termijn = geldig(M2mSpec.INBURGERINGSTERMIJN, HttpMethod.GET,
                "/personen/" + bsn + "/inburgeringstermijn", AMSTERDAM, null);

        assertThat(termijn).hasStatusOk().hasHeader("API-Version", "1.0.0").bodyJson()
                .extractingPath("$.startdatum").isEqualTo("2027-02-01");
        assertThat(termijn).bodyJson().extractingPath("$.einddatum").isEqualTo("2030-02-01");
        assertThat(geldig(M2mSpec.INBURGERINGSTERMIJN, HttpMethod.GET,
                "/personen/" + bsn + "/inburgeringstermijn/historie", AMSTERDAM, null)).hasStatusOk().bodyJson()
                .extractingPath("$[*].einddatum").asArray().containsExactly("2030-02-01");
    }

    @Test
    void zonder_pip_is_er_geen_termijn() {
        String bsn = plichtige(GedetailleerdeDoelgroep.GEZINSHERENIGER);

        assertThat(geldig(M2mSpec.INBURGERINGSTERMIJN, HttpMethod.GET, "/personen/" + bsn + "/inburgeringstermijn",
                AMSTERDAM, null)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(geldig(M2mSpec.INBURGERINGSTERMIJN, HttpMethod.GET,
                "/personen/" + bsn + "/inburgeringstermijn/historie", AMSTERDAM, null)).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void de_termijn_van_een_niet_relevante_persoon_is_niet_gevonden_en_een_fout_bsn_400() {
        String bsn = plichtige(GedetailleerdeDoelgroep.GEZINSHERENIGER);

        assertThat(geldig(M2mSpec.INBURGERINGSTERMIJN, HttpMethod.GET, "/personen/" + bsn + "/inburgeringstermijn",
                ROTTERDAM, null)).hasStatus(HttpStatus.NOT_FOUND);
        MvcTestResult fout = vraag(M2mSpec.INBURGERINGSTERMIJN, HttpMethod.GET,
                "/personen/12345678/inburgeringstermijn", headers(AMSTERDAM), null);
        assertThat(fouten(M2mSpec.INBURGERINGSTERMIJN.valideerVerzoek(fout.getMvcResult()))).isNotEmpty();
        assertThat(fout).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void de_verlengingsgronden_komen_uit_de_configuratie() {
        assertThat(geldig(M2mSpec.INBURGERINGSTERMIJN, HttpMethod.GET, "/verlengingsgronden", AMSTERDAM, null))
                .hasStatusOk().bodyJson().extractingPath("$[0]").isEqualTo(java.util.Map.of("code", "1",
                        "omschrijving", "Niet-verwijtbaar door alfabetisering"));
        HttpHeaders zonderBericht = headers(AMSTERDAM);
        zonderBericht.remove("berichtId");
        assertThat(vraag(M2mSpec.INBURGERINGSTERMIJN, HttpMethod.GET, "/verlengingsgronden", zonderBericht, null))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    // --- Inburgeringsaanbod API 1.2.0 ---

    @Test
    void de_instellingen_tonen_het_instellingsnummer_met_tien_tekens() {
        assertThat(geldig(M2mSpec.INBURGERINGSAANBOD, HttpMethod.GET, "/instellingen", AMSTERDAM, null))
                .hasStatusOk().hasHeader("API-Version", "1.2.0").bodyJson().extractingPath("$[*].instellingsnummer")
                .asArray().contains("0000012345");
    }

    @Test
    void een_aanbod_voor_een_asielstatushouder_met_pip_wordt_geregistreerd_en_kan_worden_verwijderd() {
        String bsn = plichtige(GedetailleerdeDoelgroep.ASIELSTATUSHOUDER);
        geldig(M2mSpec.PIP, HttpMethod.POST, "/personen/" + bsn + "/PIP", AMSTERDAM, """
                {"dagtekeningPip": "2026-03-10", "leerroute": "B"}""");
        String pad = "/personen/" + bsn + "/Inburgeringsaanbod/0000012345";

        assertThat(geldig(M2mSpec.INBURGERINGSAANBOD, HttpMethod.POST, pad, AMSTERDAM, """
                {"datumInburgeringsaanbod": "2026-04-01", "indicatorAlfabetiseringsonderwijs": "NVT",
                 "verwachteStartdatumOpleiding": "2026-05-01", "verwachteEinddatumOpleiding": "2027-05-01"}"""))
                .hasStatus(HttpStatus.CREATED);
        assertThat(geldig(M2mSpec.INBURGERINGSAANBOD, HttpMethod.DELETE, pad, AMSTERDAM, null))
                .hasStatus(HttpStatus.NO_CONTENT);
        assertThat(geldig(M2mSpec.INBURGERINGSAANBOD, HttpMethod.DELETE, pad, AMSTERDAM, null))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void een_aanbod_voor_een_gezinsmigrant_zonder_pip_geeft_403_met_elke_reden() {
        String bsn = plichtige(GedetailleerdeDoelgroep.GEZINSHERENIGER);

        assertThat(geldig(M2mSpec.INBURGERINGSAANBOD, HttpMethod.POST,
                "/personen/" + bsn + "/Inburgeringsaanbod/0000099999", AMSTERDAM, """
                {"datumInburgeringsaanbod": "2026-04-01", "indicatorAlfabetiseringsonderwijs": "A"}"""))
                .hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$[*].fouttekst").asArray().hasSize(3);
    }

    @Test
    void een_aanbod_met_een_kort_instellingsnummer_is_een_fout_verzoek_en_voor_een_onbekende_persoon_niet_gevonden() {
        String bsn = plichtige(GedetailleerdeDoelgroep.ASIELSTATUSHOUDER);
        MvcTestResult kort = vraag(M2mSpec.INBURGERINGSAANBOD, HttpMethod.POST,
                "/personen/" + bsn + "/Inburgeringsaanbod/12345", headers(AMSTERDAM),
                """
                {"indicatorAlfabetiseringsonderwijs": "NVT"}""");
        assertThat(fouten(M2mSpec.INBURGERINGSAANBOD.valideerVerzoek(kort.getMvcResult()))).isNotEmpty();
        assertThat(kort).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.invalidParams[*].name")
                .asArray().containsExactly("instellingsnummer");

        assertThat(geldig(M2mSpec.INBURGERINGSAANBOD, HttpMethod.POST,
                "/personen/" + TestBsn.nieuw() + "/Inburgeringsaanbod/0000012345", AMSTERDAM, """
                {"indicatorAlfabetiseringsonderwijs": "NVT"}""")).hasStatus(HttpStatus.NOT_FOUND);
    }

    // --- arrange ---

    /** A klaargezette toets as a row, with an examennummer of its own. */
    private String toetsKlaargezet(String bsn) {
        String examennummer = UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        jdbc.sql("insert into leerbaarheidstoets (id, bsn, status, klaargezet_op, examennummer)"
                + " values (?, ?, 'KLAARGEZET', now(), ?)").params(UUID.randomUUID(), bsn, examennummer).update();
        return examennummer;
    }

    private static M2mSpec spec(String naam) {
        return switch (naam) {
            case "INBURGERINGSPLICHT" -> M2mSpec.INBURGERINGSPLICHT;
            case "PIP" -> M2mSpec.PIP;
            case "INBURGERINGSTERMIJN" -> M2mSpec.INBURGERINGSTERMIJN;
            case "LEERBAARHEIDSTOETS" -> M2mSpec.LEERBAARHEIDSTOETS;
            default -> M2mSpec.GEVOLGDE_UREN;
        };
    }

    /** The body without what differs per request anyway (the request's own path in {@code instance}). */
    private static String zonderInstance(MvcTestResult antwoord) {
        return new String(antwoord.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll("\"instance\"\\s*:\\s*\"[^\"]*\"", "");
    }

    private String plichtige(GedetailleerdeDoelgroep doelgroep) {
        return Plichtigen.plichtige(opbouw, plichten, "5", doelgroep);
    }

    private static PipEntity pip(String bsn, String gemeentecode, LocalDate dagtekening, LocalDate geregistreerdOp) {
        return new PipEntity(bsn, new Pip(dagtekening, Leerroute.B1_ROUTE, Niveau.B1, null, null, gemeentecode),
                false, false, null, null, Kanaal.STELSELDIENST, geregistreerdOp);
    }

    // --- act, with the spec checks ---

    private static String oin(String gemeentecode) {
        return switch (gemeentecode) {
            case AMSTERDAM -> AMSTERDAM_OIN;
            case ROTTERDAM -> ROTTERDAM_OIN;
            default -> UTRECHT_OIN;
        };
    }

    private HttpHeaders headers(String gemeentecode) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.AUTHORIZATION, TestTokens.voor("duo-service").rol(Rol.PARTNERSYSTEEM)
                .gemeente(gemeentecode, oin(gemeentecode)).bearer());
        headers.set("bron", oin(gemeentecode));
        headers.set("doel", duoOin);
        headers.set("berichtId", UUID.randomUUID().toString());
        return headers;
    }

    /** A request that follows the spec: checked as such. */
    private MvcTestResult geldig(M2mSpec spec, HttpMethod methode, String pad, String gemeentecode, String body) {
        MvcTestResult antwoord = vraag(spec, methode, pad, headers(gemeentecode), body);
        assertThat(fouten(spec.valideerVerzoek(antwoord.getMvcResult()))).as("verzoek volgens de spec").isEmpty();
        return antwoord;
    }

    /** Any request: the response must follow the spec. */
    private MvcTestResult vraag(M2mSpec spec, HttpMethod methode, String pad, HttpHeaders headers, String body) {
        return spec.vraag(mvc, methode, pad, headers, body);
    }
}
