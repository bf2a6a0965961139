package nl.inburgering.duo.examen;

import static nl.inburgering.duo.m2m.M2mSpec.fouten;
import static nl.inburgering.duo.MvcVerzoeken.veld;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;


import nl.inburgering.contracts.Afnemer;
import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.contracts.event.ExamenresultaatVastgesteld;
import nl.inburgering.duo.MvcVerzoeken;
import nl.inburgering.duo.Testopbouw;
import nl.inburgering.duo.dossier.api.GedetailleerdeDoelgroep;
import nl.inburgering.duo.dossier.domain.Verblijfsdoel;
import nl.inburgering.duo.dossier.domain.Verblijfsgegevens;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtEntity;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtRepository;
import nl.inburgering.duo.instelling.application.InschrijvingenHandler;
import nl.inburgering.duo.instelling.domain.Contractpartij;
import nl.inburgering.duo.instelling.domain.Inschrijving;
import nl.inburgering.duo.instelling.domain.Leerroute;
import nl.inburgering.duo.instelling.domain.Taalniveau;
import nl.inburgering.duo.m2m.M2mSpec;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.events.AvroCodec;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;
import nl.inburgering.platform.test.TestTokens;

/**
 * Examens at DUO (seed §5.2, §6.2, §7.2) against a real broker and PostgreSQL: DUO's backoffice (or its exam planning
 * system, never a partner's) records aanmelding, planning and the definitive uitslag; the uitslag goes out as #13 to
 * the person's gemeente and the instellingen where he is ingeschreven; DUO's M2M Examen API 1.0.0 shows the
 * resultaten and the gratis pogingen, every response checked against DUO's spec.
 */
@SpringBootTest(properties = "spring.config.name=duo-service", webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class ExamensTest {

    private static final String AMSTERDAM = "0363";
    private static final String ROTTERDAM = "0599";
    private static final String AMSTERDAM_OIN = "00000001002564440000";
    private static final String ROTTERDAM_OIN = "00000001002220647000";
    private static final String DE_BRUG = "12345";
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Testopbouw opbouw;
    @Autowired
    InburgeringsplichtRepository plichten;
    @Autowired
    InschrijvingenHandler inschrijvingen;
    @Value("${keten.oin}")
    String duoOin;

    private final LocalDate vandaag = LocalDate.now(NL);

    // ===== aanmelding, planning, uitslag and #13 =====

    @Test
    void de_backoffice_stelt_de_uitslag_vast_en_duo_levert_het_resultaat_aan_de_gemeente_en_de_instelling() {
        String bsn = plichtige();
        ingeschrevenBij(bsn, DE_BRUG);

        MvcTestResult aanmelding = backoffice(HttpMethod.POST, "/api/v1/examens",
                "{\"bsn\": \"" + bsn + "\", \"onderdeel\": \"LE\", \"niveau\": \"B1\"}");
        assertThat(aanmelding).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.status")
                .isEqualTo("AANGEMELD");
        String id = id(aanmelding);
        assertThat(aanmelding).hasHeader(HttpHeaders.LOCATION, "/api/v1/examens/" + id);
        assertThat(backoffice(HttpMethod.PUT, "/api/v1/examens/" + id + "/planning",
                "{\"examendatum\": \"" + vandaag.minusDays(7) + "\"}")).hasStatusOk().bodyJson()
                .extractingPath("$.status").isEqualTo("GEPLAND");

        MvcTestResult uitslag = backoffice(HttpMethod.POST, "/api/v1/examens/" + id + "/_uitslag",
                "{\"resultaat\": \"Geslaagd\"}");

        assertThat(uitslag).hasStatusOk().bodyJson().isEqualTo("""
                {"id": "%s", "onderdeel": "LE", "niveau": "B1", "status": "UITSLAG", "examendatum": "%s",
                 "resultaat": "Geslaagd", "datumDefinitieveUitslag": "%s",
                 "geleverdAan": {"gemeentecode": "0363", "instellingsnummers": ["12345"]}}"""
                .formatted(id, vandaag.minusDays(7), vandaag));
        ExamenresultaatVastgesteld voorDeGemeente = examenresultaat(TestPartner.wachtOp(kafka(),
                TestPartner.gemeentetopic(TopicCatalogue.EXAMENRESULTATEN, AMSTERDAM), r -> TestPartner.bevat(r, bsn)));
        assertThat(voorDeGemeente.getUitslag().name()).isEqualTo("GESLAAGD");
        assertThat(voorDeGemeente.getExamendatum()).isEqualTo(vandaag.minusDays(7));
        assertThat(voorDeGemeente.getInstellingsnummers()).containsExactly(DE_BRUG);
        assertThat(TestPartner.wachtOp(kafka(), TopicCatalogue.EXAMENRESULTATEN.topicVoor(
                Afnemer.instelling(DE_BRUG)), r -> TestPartner.bevat(r, bsn))).isNotNull();
        assertThat(jdbc.sql("select count(*) from outbox_event where topic like 'duo.examenresultaten.v1.%'"
                + " and uiterlijk_op is not null and id = (select id from outbox_event where topic = ?"
                + " order by tijd desc limit 1)").param("duo.examenresultaten.v1.instelling." + DE_BRUG)
                .query(Long.class).single()).as("een rij per ontvanger, elk met de termijn van 1 werkdag").isEqualTo(2);

        assertThat(m2m("/personen/" + bsn + "/examens/resultaten", AMSTERDAM_OIN, AMSTERDAM)).hasStatusOk()
                .hasHeader("API-Version", "1.0.0").bodyJson().isStrictlyEqualTo("""
                        [{"examendatum": "%s", "resultaat": "Geslaagd", "onderdeel": "LE", "niveau": "B1"}]"""
                        .formatted(vandaag.minusDays(7)));
    }

    @Test
    void een_uitslag_geen_die_niet_verwijtbaar_is_kost_geen_gratis_poging_en_een_absente_wel() {
        String bsn = plichtige();
        afgelegd(bsn, "KNM", null, "{\"resultaat\": \"Geen\", \"redenGeenResultaat\": \"Nietverwijtbaar\"}");
        afgelegd(bsn, "SP", "A2", "{\"resultaat\": \"Gezakt\"}");
        afgelegd(bsn, "SP", "A2", "{\"resultaat\": \"Geen\", \"redenGeenResultaat\": \"Absent\"}");

        assertThat(m2m("/personen/" + bsn + "/examens/gratispogingen", AMSTERDAM_OIN, AMSTERDAM)).hasStatusOk()
                .hasHeader("API-Version", "1.0.0").bodyJson().isStrictlyEqualTo("""
                        [{"onderdeel": "KNM", "gratisPogingenTegoed": 3}, {"onderdeel": "LE", "gratisPogingenTegoed": 3},
                         {"onderdeel": "LU", "gratisPogingenTegoed": 3}, {"onderdeel": "SC", "gratisPogingenTegoed": 3},
                         {"onderdeel": "SP", "gratisPogingenTegoed": 1}]""");
        assertThat(m2m("/personen/" + bsn + "/examens/resultaten", AMSTERDAM_OIN, AMSTERDAM)).bodyJson()
                .extractingPath("$[0].redenGeenResultaat").isEqualTo("Nietverwijtbaar");
    }

    @Test
    void een_uitslag_zonder_planning_voor_de_examendatum_of_voor_de_tweede_keer_is_een_conflict() {
        String bsn = plichtige();
        String id = aangemeld(bsn, "LU", "B1");
        String uitslag = "/api/v1/examens/" + id + "/_uitslag";

        assertThat(backoffice(HttpMethod.POST, uitslag, "{\"resultaat\": \"Gezakt\"}"))
                .hasStatus(HttpStatus.CONFLICT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyText()
                .contains("nog niet gepland");
        backoffice(HttpMethod.PUT, "/api/v1/examens/" + id + "/planning",
                "{\"examendatum\": \"" + vandaag.plusDays(14) + "\"}");
        assertThat(backoffice(HttpMethod.POST, uitslag, "{\"resultaat\": \"Gezakt\"}"))
                .hasStatus(HttpStatus.CONFLICT).bodyText().contains("nog niet afgenomen");
        backoffice(HttpMethod.PUT, "/api/v1/examens/" + id + "/planning", "{\"examendatum\": \"" + vandaag + "\"}");
        assertThat(backoffice(HttpMethod.POST, uitslag, "{\"resultaat\": \"Gezakt\"}")).hasStatusOk();
        assertThat(backoffice(HttpMethod.POST, uitslag, "{\"resultaat\": \"Geslaagd\"}"))
                .hasStatus(HttpStatus.CONFLICT).bodyText().contains("al vastgesteld");
        assertThat(backoffice(HttpMethod.GET, "/api/v1/examens/" + id, null)).bodyJson()
                .extractingPath("$.resultaat").isEqualTo("Gezakt");
    }

    @Test
    void een_tweede_aanmelding_voor_een_onderdeel_zonder_uitslag_is_een_conflict() {
        String bsn = plichtige();
        aangemeld(bsn, "SC", "B1");

        assertThat(backoffice(HttpMethod.POST, "/api/v1/examens",
                "{\"bsn\": \"" + bsn + "\", \"onderdeel\": \"SC\", \"niveau\": \"B1\"}"))
                .hasStatus(HttpStatus.CONFLICT);
    }

    @Test
    void een_ongeldige_aanmelding_en_uitslag_melden_alle_problemen_tegelijk() {
        assertThat(backoffice(HttpMethod.POST, "/api/v1/examens",
                "{\"bsn\": \"123456780\", \"onderdeel\": \"XX\", \"niveau\": \"C1\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
                .extractingPath("$.invalidParams[*].name").asArray()
                .containsExactlyInAnyOrder("bsn", "onderdeel", "niveau");
        assertThat(backoffice(HttpMethod.POST, "/api/v1/examens", "{\"onderdeel\": \"KNM\", \"niveau\": \"B1\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.invalidParams[*].code").asArray()
                .containsExactlyInAnyOrder("required", "notAllowed");
        String id = aangemeld(plichtige(), "LE", "A2");
        assertThat(backoffice(HttpMethod.POST, "/api/v1/examens/" + id + "/_uitslag", "{\"resultaat\": \"Geen\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.invalidParams[0].name")
                .isEqualTo("redenGeenResultaat");
        assertThat(backoffice(HttpMethod.PUT, "/api/v1/examens/" + id + "/planning", "{\"examendatum\": \"morgen\"}"))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void een_aanmelding_van_een_persoon_die_duo_niet_kent_of_een_onbekend_examen_is_niet_gevonden() {
        assertThat(backoffice(HttpMethod.POST, "/api/v1/examens",
                "{\"bsn\": \"" + TestBsn.nieuw() + "\", \"onderdeel\": \"KNM\"}")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(backoffice(HttpMethod.PUT, "/api/v1/examens/" + UUID.randomUUID() + "/planning",
                "{\"examendatum\": \"" + vandaag + "\"}")).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void het_systeem_van_een_gemeente_of_een_backoffice_elders_legt_geen_examen_vast() {
        String bsn = plichtige();
        String body = "{\"bsn\": \"" + bsn + "\", \"onderdeel\": \"KNM\"}";

        assertThat(vraag(HttpMethod.POST, "/api/v1/examens", body, TestTokens.voor("duo-service")
                .rol(Rol.PARTNERSYSTEEM).gemeente(AMSTERDAM, AMSTERDAM_OIN).bearer()))
                .hasStatus(HttpStatus.FORBIDDEN).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(vraag(HttpMethod.POST, "/api/v1/examens", body,
                TestTokens.voor("duo-service").rol(Rol.DUO_BACKOFFICE).oin("00000001001234567000").bearer()))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(vraag(HttpMethod.POST, "/api/v1/examens", body, TestTokens.voor("duo-service")
                .rol(Rol.GEMEENTE_KLANTMANAGER).gemeente(AMSTERDAM, AMSTERDAM_OIN).bearer()))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(jdbc.sql("select count(*) from examen where bsn = ?").param(bsn).query(Long.class).single())
                .isZero();
    }

    // ===== the M2M Examen API 1.0.0 =====

    @Test
    void een_persoon_zonder_examens_heeft_geen_resultaten_en_alle_gratis_pogingen() {
        String bsn = plichtige();

        assertThat(m2m("/personen/" + bsn + "/examens/resultaten", AMSTERDAM_OIN, AMSTERDAM)).hasStatusOk()
                .bodyJson().isStrictlyEqualTo("[]");
        assertThat(m2m("/personen/" + bsn + "/examens/gratispogingen", AMSTERDAM_OIN, AMSTERDAM)).hasStatusOk()
                .bodyJson().extractingPath("$[*].gratisPogingenTegoed").asArray().containsOnly(3);
    }

    @Test
    void een_gemeente_waarvoor_de_persoon_niet_relevant_is_krijgt_hetzelfde_als_voor_een_onbekende_persoon() {
        String bsn = plichtige();
        afgelegd(bsn, "KNM", null, "{\"resultaat\": \"Geslaagd\"}");

        MvcTestResult rotterdam = m2m("/personen/" + bsn + "/examens/resultaten", ROTTERDAM_OIN, ROTTERDAM);
        MvcTestResult onbekend = m2m("/personen/" + TestBsn.nieuw() + "/examens/gratispogingen", AMSTERDAM_OIN,
                AMSTERDAM);

        assertThat(rotterdam).hasStatus(HttpStatus.NOT_FOUND).bodyText().doesNotContain("KNM");
        assertThat(onbekend).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(detail(rotterdam)).isEqualTo(detail(onbekend));
    }

    @Test
    void een_verzoek_zonder_bron_met_een_fout_bsn_meldt_alle_problemen() {
        HttpHeaders headers = headers(AMSTERDAM_OIN, AMSTERDAM);
        headers.remove("bron");

        MvcTestResult antwoord = M2mSpec.EXAMEN.vraag(mvc, HttpMethod.GET, "/personen/123456780/examens/resultaten",
                headers, null);

        assertThat(fouten(M2mSpec.EXAMEN.valideerVerzoek(antwoord.getMvcResult()))).isNotEmpty();
        assertThat(antwoord).hasStatus(HttpStatus.BAD_REQUEST).hasHeader("API-Version", "1.0.0").bodyJson()
                .extractingPath("$.invalidParams[*].name").asArray().containsExactlyInAnyOrder("bsn", "bron");
    }

    // --- arrange ---

    /** A gezinsmigrant ingeschreven in Amsterdam, without a PIP (his gemeente is the one of inschrijving). */
    private String plichtige() {
        String bsn = TestBsn.nieuw();
        LocalDate begin = vandaag.minusYears(1);
        InburgeringsplichtEntity plicht = new InburgeringsplichtEntity(bsn, "6" + bsn, AMSTERDAM,
                new Verblijfsgegevens(Verblijfsdoel.GEZINSHERENIGING, false, "MA", LocalDate.of(1991, 2, 3), begin,
                        begin), begin);
        plicht.plichtig(begin, GedetailleerdeDoelgroep.GEZINSHERENIGER, begin);
        opbouw.leg(bsn, () -> plichten.save(plicht));
        return bsn;
    }

    private void ingeschrevenBij(String bsn, String instelling) {
        inschrijvingen.ingeschreven(Bsn.of(bsn), new Inschrijving(instelling, Leerroute.B1_ROUTE, Taalniveau.B1, false,
                Contractpartij.INBURGERAAR, null, vandaag.minusMonths(3), vandaag.minusMonths(2), null));
    }

    private String aangemeld(String bsn, String onderdeel, String niveau) {
        MvcTestResult aanmelding = backoffice(HttpMethod.POST, "/api/v1/examens", "{\"bsn\": \"" + bsn
                + "\", \"onderdeel\": \"" + onderdeel + "\"" + (niveau == null ? "" : ", \"niveau\": \"" + niveau + "\"")
                + "}");
        assertThat(aanmelding).hasStatus(HttpStatus.CREATED);
        return id(aanmelding);
    }

    private void afgelegd(String bsn, String onderdeel, String niveau, String uitslag) {
        String id = aangemeld(bsn, onderdeel, niveau);
        assertThat(backoffice(HttpMethod.PUT, "/api/v1/examens/" + id + "/planning",
                "{\"examendatum\": \"" + vandaag.minusDays(1) + "\"}")).hasStatusOk();
        assertThat(backoffice(HttpMethod.POST, "/api/v1/examens/" + id + "/_uitslag", uitslag)).hasStatusOk();
    }

    private static String id(MvcTestResult antwoord) {
        return veld(antwoord, "$.id");
    }

    private static String detail(MvcTestResult antwoord) {
        return veld(antwoord, "$.detail");
    }

    // --- act ---

    private MvcTestResult backoffice(HttpMethod methode, String pad, String body) {
        return vraag(methode, pad, body, TestTokens.voor("duo-service").rol(Rol.DUO_BACKOFFICE).oin(duoOin).bearer());
    }

    private MvcTestResult vraag(HttpMethod methode, String pad, String body, String token) {
        return MvcVerzoeken.vraag(mvc, methode, pad, body, token);
    }

    private HttpHeaders headers(String oin, String gemeentecode) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.AUTHORIZATION,
                TestTokens.voor("duo-service").rol(Rol.PARTNERSYSTEEM).gemeente(gemeentecode, oin).bearer());
        headers.set("bron", oin);
        headers.set("doel", duoOin);
        headers.set("berichtId", UUID.randomUUID().toString());
        return headers;
    }

    /** A request that follows the spec: checked as such, as is the response; its berichtId comes back. */
    private MvcTestResult m2m(String pad, String oin, String gemeentecode) {
        HttpHeaders headers = headers(oin, gemeentecode);
        MvcTestResult antwoord = M2mSpec.EXAMEN.vraag(mvc, HttpMethod.GET, pad, headers, null);
        assertThat(fouten(M2mSpec.EXAMEN.valideerVerzoek(antwoord.getMvcResult()))).as("verzoek volgens de spec")
                .isEmpty();
        assertThat(antwoord).hasHeader("berichtId", headers.getFirst("berichtId"));
        return antwoord;
    }

    private static String kafka() {
        return KetenTestInfrastructuur.kafkaBootstrapServers();
    }

    private static ExamenresultaatVastgesteld examenresultaat(ConsumerRecord<String, byte[]> record) {
        return AvroCodec.decode(record.value(), ExamenresultaatVastgesteld.class);
    }
}
