package nl.inburgering.gemeente.notificatie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.whitelist.StatusType;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import com.atlassian.oai.validator.whitelist.rule.WhitelistRules;

import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestTokens;

/**
 * Issue 14 item 5, decision 0030: the gemeente receives DUO's notifications exactly per the published Notificatie API
 * and, by the notificering pattern, fetches the data from DUO's M2M APIs (here a real HTTP server with DUO's answers)
 * and updates its own record, without Kafka.
 */
@SpringBootTest(properties = { "spring.config.name=gemeente-service", "keten.gemeente.notificatie.interval=PT0.2S",
        "keten.gemeente.notificatie.gemeenten.00000001002564440000.gemeentecode=0363" })
@AutoConfigureMockMvc
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class NotificatieOntvangstTest {

    private static final String DUO_OIN = "00000001003214345000";
    private static final String AMSTERDAM_OIN = "00000001002564440000";
    private static final String ROTTERDAM_OIN = "00000001002220647000";
    private static final String PAD = "/api/v1/notificaties";

    static final DuoM2mNabootsing DUO = new DuoM2mNabootsing();

    /**
     * The published spec; the one rule ignored is the house rule's problem+json body on an error, which DUO's spec
     * defines without content. Status codes and the required API-Version header are checked.
     */
    private static final OpenApiInteractionValidator SPEC = OpenApiInteractionValidator
            .createForInlineApiSpecification(spec()).withBasePathOverride("/api/v1")
            .withWhitelist(ValidationErrorsWhitelist.create().withRule("problem+json bij een fout (huisregel)",
                    WhitelistRules.allOf(WhitelistRules.isResponse(),
                            WhitelistRules.messageHasKey("validation.response.body.unexpected"),
                            WhitelistRules.responseStatusTypeIs(StatusType.CLIENT_ERROR))))
            .build();

    @DynamicPropertySource
    static void duo(DynamicPropertyRegistry registry) {
        registry.add("keten.gemeente.notificatie.duo-url", DUO::url);
    }

    @AfterAll
    static void stop() {
        DUO.close();
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void een_gemeente_volgt_een_nieuwe_plichtige_tot_zijn_termijn_door_notificaties_alleen() throws Exception {
        String bsn = TestBsn.nieuw();
        ingeschrevenInAmsterdam(bsn);
        DUO.kent("/personen/" + bsn + "/inburgeringsplicht", """
                {"indicatorInburgeringsplicht":true,"begindatum":"2026-10-15","wijzigingsdatum":"2026-11-02"}""");
        DUO.kent("/personen/" + bsn + "/doelgroep", """
                {"indeling":"Gezinsmigrant en overige migrant","begindatum":"2026-10-15",
                 "gedetailleerdeDoelgroep":"Gezinsvormer"}""");

        assertThat(notificeer(UUID.randomUUID(), bsn, "SS101").getStatus()).isEqualTo(201);

        String id = await().atMost(Duration.ofSeconds(30)).until(() -> inburgeraarId(bsn), i -> i != null);
        assertThat(zoek(bsn)).contains("\"gedetailleerdeDoelgroep\":\"GEZINSVORMER\"")
                .contains("\"leerbaarheidstoetsKlaargezet\":false");

        DUO.kent("/personen/" + bsn + "/inburgeringstermijn", """
                {"startdatum":"2026-11-29","einddatum":"2029-11-29","wijzigingsdatum":"2026-11-28"}""");
        DUO.kent("/personen/" + bsn + "/inburgeringstermijn/historie", """
                [{"einddatum":"2029-11-29","wijzigingsdatum":"2026-11-28"}]""");
        assertThat(notificeer(UUID.randomUUID(), bsn, "SS102").getStatus()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(klantmanager(
                "/api/v1/inburgeraars/" + id + "/inburgeringstermijn")).contains("2029-11-28"));
        // the gemeente asked DUO as itself: bron its OIN, doel DUO's, a berichtId per request
        assertThat(DUO.verzoeken).filteredOn(v -> v.pad().contains(bsn)).isNotEmpty().allSatisfy(v -> {
            assertThat(v.bron()).isEqualTo(AMSTERDAM_OIN);
            assertThat(v.doel()).isEqualTo(DUO_OIN);
            assertThat(UUID.fromString(v.berichtId())).isNotNull();
        });
        // and the caseworker sees what DUO notified and what was done with it
        assertThat(klantmanager("/api/v1/inburgeraars/" + id + "/notificaties"))
                .contains("\"gebeurtenisId\":\"SS101\"").contains("inburgeringsplicht opgenomen")
                .contains("\"gebeurtenisId\":\"SS102\"").contains("inburgeringstermijn opgenomen");
    }

    @Test
    void dezelfde_notificatie_tweemaal_ontvangen_is_eenmaal_vastgelegd() throws Exception {
        String bsn = TestBsn.nieuw();
        UUID berichtId = UUID.randomUUID();

        assertThat(notificeer(berichtId, bsn, "SS199").getStatus()).isEqualTo(201);
        assertThat(notificeer(berichtId, bsn, "SS199").getStatus()).isEqualTo(201);

        assertThat(jdbc.sql("select count(*) from ontvangen_notificatie where bsn = ?").param(bsn).query(Long.class)
                .single()).isEqualTo(1L);
    }

    @Test
    void een_onjuiste_notificatie_krijgt_400_met_elk_probleem() throws Exception {
        MockHttpServletResponse antwoord = mvc.perform(post(PAD).header("Authorization", duo())
                .contentType(MediaType.APPLICATION_JSON).content("{\"bsn\":\"12345\",\"gebeurtenisId\":\"ss-1\"}"))
                .andReturn().getResponse();

        assertThat(antwoord.getStatus()).isEqualTo(400);
        assertThat(antwoord.getContentType()).startsWith("application/problem+json");
        assertThat(antwoord.getContentAsString()).contains("\"bron\"", "\"doel\"", "\"berichtId\"",
                "\"registratieDatumTijd\"", "\"gebeurtenisId\"", "\"bsn\"");
        assertThat(specfouten(antwoord)).isEmpty();
    }

    @Test
    void alleen_het_systeem_van_duo_mag_notificeren() throws Exception {
        String bsn = TestBsn.nieuw();
        String gemeentesysteem = TestTokens.voor("gemeente-service").rol(Rol.PARTNERSYSTEEM)
                .gemeente("0363", AMSTERDAM_OIN).bearer();

        MockHttpServletResponse alsGemeente = notificeer(gemeentesysteem, AMSTERDAM_OIN, AMSTERDAM_OIN,
                UUID.randomUUID(), bsn, "SS101");
        MockHttpServletResponse andereBron = notificeer(duo(), ROTTERDAM_OIN, AMSTERDAM_OIN, UUID.randomUUID(), bsn,
                "SS101");
        MockHttpServletResponse anderDoel = notificeer(duo(), DUO_OIN, ROTTERDAM_OIN, UUID.randomUUID(), bsn,
                "SS101");
        MockHttpServletResponse zonderToken = notificeer(null, DUO_OIN, AMSTERDAM_OIN, UUID.randomUUID(), bsn,
                "SS101");

        assertThat(alsGemeente.getStatus()).isEqualTo(403);
        assertThat(andereBron.getStatus()).isEqualTo(403);
        assertThat(anderDoel.getStatus()).isEqualTo(403);
        assertThat(zonderToken.getStatus()).isEqualTo(401);
        for (MockHttpServletResponse antwoord : new MockHttpServletResponse[] { alsGemeente, andereBron, anderDoel,
                zonderToken }) {
            assertThat(specfouten(antwoord)).isEmpty();
        }
        assertThat(jdbc.sql("select count(*) from ontvangen_notificatie where bsn = ?").param(bsn).query(Long.class)
                .single()).isZero();
    }

    @Test
    void het_openapi_document_van_de_gemeente_beschrijft_de_notificatie_api_van_duo() throws Exception {
        String document = mvc.perform(get("/api/v1/openapi.json")).andReturn().getResponse().getContentAsString();
        var paden = tools.jackson.databind.json.JsonMapper.builder().build().readTree(document).get("paths");
        var opvoeren = paden.get("/notificaties").get("post");

        assertThat(opvoeren.get("operationId").asString()).isEqualTo("opvoerenNotificatie");
        assertThat(opvoeren.get("parameters").findValuesAsString("name")).contains("bron", "doel", "berichtId");
        assertThat(opvoeren.get("responses").has("201")).isTrue();
        assertThat(paden.get("/inburgeraars/{id}/notificaties").has("get")).isTrue();
        // for a local lint with the API Design Rules' Spectral ruleset (scripts/lint-openapi.sh)
        java.nio.file.Path map = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "openapi"));
        java.nio.file.Files.writeString(map.resolve("gemeente-service.json"), document);
    }

    // ---- helpers

    private MockHttpServletResponse notificeer(UUID berichtId, String bsn, String gebeurtenisId) throws Exception {
        MockHttpServletResponse antwoord = notificeer(duo(), DUO_OIN, AMSTERDAM_OIN, berichtId, bsn, gebeurtenisId);
        assertThat(antwoord.getHeader("API-Version")).isEqualTo("1.8.0");
        assertThat(specfouten(antwoord)).isEmpty();
        return antwoord;
    }

    private MockHttpServletResponse notificeer(String token, String bron, String doel, UUID berichtId, String bsn,
            String gebeurtenisId) throws Exception {
        var verzoek = post(PAD).header("bron", bron).header("doel", doel).header("berichtId", berichtId.toString())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"registratieDatumTijd":"2026-12-06T10:15:30.123+01:00","bsn":"%s","gebeurtenisId":"%s"}
                        """.formatted(bsn, gebeurtenisId));
        if (token != null) {
            verzoek = verzoek.header("Authorization", token);
        }
        return mvc.perform(verzoek).andReturn().getResponse();
    }

    private static String duo() {
        return TestTokens.voor("gemeente-service").rol(Rol.PARTNERSYSTEEM).oin(DUO_OIN).bearer();
    }

    private void ingeschrevenInAmsterdam(String bsn) throws Exception {
        assertThat(mvc.perform(post("/api/v1/brp/inschrijvingen")
                .header("Authorization", TestTokens.voor("gemeente-service").rol(Rol.PARTNERSYSTEEM)
                        .gemeente("0363", AMSTERDAM_OIN).bearer())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"bsn":"%s","datumInschrijving":"2026-11-02","geboortedatum":"1996-04-01"}
                        """.formatted(bsn))).andReturn().getResponse().getStatus()).isEqualTo(201);
    }

    private String zoek(String bsn) throws Exception {
        return mvc.perform(post("/api/v1/inburgeraars/_zoek").header("Authorization", klantmanagerToken())
                .contentType(MediaType.APPLICATION_JSON).content("{\"bsn\":\"" + bsn + "\"}"))
                .andReturn().getResponse().getContentAsString();
    }

    private String inburgeraarId(String bsn) throws Exception {
        var id = tools.jackson.databind.json.JsonMapper.builder().build().readTree(zoek(bsn)).at("/inburgeraars/0/id");
        return id.isMissingNode() ? null : id.asString();
    }

    private String klantmanager(String pad) throws Exception {
        return mvc.perform(get(pad).header("Authorization", klantmanagerToken())).andReturn().getResponse()
                .getContentAsString();
    }

    private static String klantmanagerToken() {
        return TestTokens.voor("gemeente-service").rol(Rol.GEMEENTE_KLANTMANAGER).gemeente("0363", AMSTERDAM_OIN)
                .bearer();
    }

    private static java.util.List<String> specfouten(MockHttpServletResponse antwoord) throws Exception {
        SimpleResponse.Builder builder = new SimpleResponse.Builder(antwoord.getStatus());
        for (String naam : antwoord.getHeaderNames()) {
            builder.withHeader(naam, antwoord.getHeaders(naam));
        }
        byte[] body = antwoord.getContentAsByteArray();
        if (body.length > 0) {
            builder.withBody(body);
        }
        return SPEC.validateResponse("/api/v1/notificaties", Request.Method.POST, builder.build()).getMessages()
                .stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + ": " + m.getMessage()).toList();
    }

    private static String spec() {
        try (InputStream in = NotificatieOntvangstTest.class.getResourceAsStream("/notificatie/openapi.yml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
