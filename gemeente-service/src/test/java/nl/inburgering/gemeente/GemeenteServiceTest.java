package nl.inburgering.gemeente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.contracts.common.Aanleiding;
import nl.inburgering.contracts.common.Doelgroepindeling;
import nl.inburgering.contracts.common.GedetailleerdeDoelgroep;
import nl.inburgering.contracts.event.InburgeringsplichtVastgesteld;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestTokens;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;

@SpringBootTest(properties = "spring.config.name=gemeente-service")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class GemeenteServiceTest {

    @Autowired
    MockMvc mvc;

    private static final String AMSTERDAM_OIN = "00000001002564440000";
    private static final String ROTTERDAM_OIN = "00000001002220647000";

    private static String brpSysteem(String gemeentecode, String oin) {
        return TestTokens.voor("gemeente-service").rol(Rol.PARTNERSYSTEEM).gemeente(gemeentecode, oin).bearer();
    }

    private static String klantmanager(String gemeentecode, String oin) {
        return TestTokens.voor("gemeente-service").rol(Rol.GEMEENTE_KLANTMANAGER).gemeente(gemeentecode, oin).bearer();
    }

    private static MockHttpServletRequestBuilder inschrijving(String json) {
        return post("/api/v1/brp/inschrijvingen").header("Authorization", brpSysteem("0363", AMSTERDAM_OIN))
                .contentType(MediaType.APPLICATION_JSON).content(json);
    }

    private static String kafka() {
        return KetenTestInfrastructuur.kafkaBootstrapServers();
    }

    @Test
    void een_inschrijving_in_de_brp_wordt_aan_ind_en_duo_gepubliceerd() throws Exception {
        String bsn = TestBsn.nieuw();

        mvc.perform(inschrijving("""
                {"bsn":"%s","datumInschrijving":"2026-11-02","geboortedatum":"1996-04-01"}
                """.formatted(bsn)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.gemeentecode").value("0363"))
                .andExpect(header().exists("Location"))
                .andExpect(header().string("API-Version", "1.0.0"));

        var record = TestPartner.wachtOp(kafka(), TopicCatalogue.BRP_INSCHRIJVINGEN.name(),
                r -> TestPartner.bevat(r, bsn));
        assertThat(record.key()).doesNotContain(bsn);
    }

    @Test
    void een_tweede_inschrijving_van_dezelfde_persoon_is_een_conflict() throws Exception {
        String bsn = TestBsn.nieuw();
        String body = """
                {"bsn":"%s","datumInschrijving":"2026-11-02","geboortedatum":"1996-04-01"}
                """.formatted(bsn);
        mvc.perform(inschrijving(body))
                .andExpect(status().isCreated());

        mvc.perform(inschrijving(body))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void ongeldige_invoer_krijgt_een_400_problem_json_die_elk_fout_veld_noemt() throws Exception {
        mvc.perform(inschrijving("""
                {"bsn":"123456789","geboortedatum":"2999-01-01"}
                """))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.invalidParams[*].name", Matchers.containsInAnyOrder(
                        "bsn", "datumInschrijving", "geboortedatum")))
                .andExpect(jsonPath("$.trace").doesNotExist());
    }

    @Test
    void onleesbare_json_krijgt_een_400_en_geen_stacktrace() throws Exception {
        mvc.perform(inschrijving("{\"bsn\":"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.invalidParams[0].name").value("body"));
    }

    @Test
    void een_datum_in_een_verkeerd_formaat_noemt_het_veld() throws Exception {
        mvc.perform(inschrijving("""
                {"bsn":"%s","datumInschrijving":"2-11-2026","geboortedatum":"1996-04-01"}
                """.formatted(TestBsn.nieuw())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("datumInschrijving"));
    }

    @Test
    void een_inschrijving_in_de_toekomst_wordt_geweigerd() throws Exception {
        mvc.perform(inschrijving("""
                {"bsn":"%s","datumInschrijving":"2999-01-01","geboortedatum":"1996-04-01"}
                """.formatted(TestBsn.nieuw())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("datumInschrijving"))
                .andExpect(jsonPath("$.invalidParams[0].code").value("future"));
    }

    @Test
    void een_inburgeringsplichtige_van_duo_staat_in_de_werkvoorraad_van_zijn_gemeente_en_niet_bij_een_andere()
            throws Exception {
        String bsn = TestBsn.nieuw();

        TestPartner.publiceer(kafka(), "sleutel", ContractEvents.inburgeringsplichtVastgesteld().setBsn(bsn)
                .setGemeentecode("0599").setBegindatum(LocalDate.of(2026, 11, 2))
                .setDoelgroep(Doelgroepindeling.GEZINSMIGRANT_EN_OVERIGE_MIGRANT)
                .setGedetailleerdeDoelgroep(GedetailleerdeDoelgroep.GEZINSVORMER)
                .setDatumVaststelling(LocalDate.of(2026, 11, 3)).setLeerbaarheidstoetsKlaargezet(true)
                .setGeboortedatum(LocalDate.of(1996, 4, 1)).build());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc
                .perform(post("/api/v1/inburgeraars/_zoek").header("Authorization", klantmanager("0599", ROTTERDAM_OIN))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"bsn\":\"" + bsn + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inburgeraars[0].gedetailleerdeDoelgroep").value("GEZINSVORMER"))
                .andExpect(jsonPath("$.inburgeraars[0].leerbaarheidstoetsKlaargezet").value(true)));
        mvc.perform(get("/api/v1/inburgeraars").header("Authorization", klantmanager("0599", ROTTERDAM_OIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inburgeraars[*].bsn", Matchers.hasItem(bsn)));
        mvc.perform(get("/api/v1/inburgeraars").header("Authorization", klantmanager("0363", AMSTERDAM_OIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inburgeraars[*].bsn", Matchers.not(Matchers.hasItem(bsn))));
        mvc.perform(post("/api/v1/inburgeraars/_zoek").header("Authorization", klantmanager("0363", AMSTERDAM_OIN))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"bsn\":\"" + bsn + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inburgeraars").isEmpty());
        String id = tools.jackson.databind.json.JsonMapper.builder().build().readTree(mvc
                .perform(post("/api/v1/inburgeraars/_zoek").header("Authorization", klantmanager("0599", ROTTERDAM_OIN))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"bsn\":\"" + bsn + "\"}"))
                .andReturn().getResponse().getContentAsString()).at("/inburgeraars/0/id").asString();
        mvc.perform(get("/api/v1/inburgeraars/" + id).header("Authorization", klantmanager("0599", ROTTERDAM_OIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.bsn").value(bsn));
        mvc.perform(get("/api/v1/inburgeraars/" + id).header("Authorization", klantmanager("0363", AMSTERDAM_OIN)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Deze inburgeraar bestaat niet in uw gemeente."));
        mvc.perform(get("/api/v1/inburgeraars/" + java.util.UUID.randomUUID())
                        .header("Authorization", klantmanager("0363", AMSTERDAM_OIN)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Deze inburgeraar bestaat niet in uw gemeente."));
    }

    @Test
    void een_gemeentecode_in_de_query_wordt_geweigerd_want_de_gemeente_komt_uit_het_token() throws Exception {
        mvc.perform(get("/api/v1/inburgeraars").param("gemeentecode", "0599")
                        .header("Authorization", klantmanager("0363", AMSTERDAM_OIN)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("gemeentecode"))
                .andExpect(jsonPath("$.invalidParams[0].code").value("tenantFromToken"));
    }

    @Test
    void een_gemeentecode_in_de_body_wordt_geweigerd_want_de_gemeente_komt_uit_het_token() throws Exception {
        mvc.perform(inschrijving("""
                {"bsn":"%s","gemeentecode":"0599","datumInschrijving":"2026-11-02","geboortedatum":"1996-04-01"}
                """.formatted(TestBsn.nieuw())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("gemeentecode"))
                .andExpect(jsonPath("$.invalidParams[0].code").value("unknown"));
    }

    @Test
    void een_id_dat_geen_uuid_is_noemt_de_parameter() throws Exception {
        mvc.perform(get("/api/v1/inburgeraars/999990019").header("Authorization", klantmanager("0363", AMSTERDAM_OIN)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams[0].name").value("id"))
                .andExpect(jsonPath("$.instance").value(Matchers.startsWith("urn:uuid:")));
    }

    @Test
    void zonder_token_is_de_werkvoorraad_401_als_problem_json() throws Exception {
        mvc.perform(get("/api/v1/inburgeraars"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void een_brp_systeem_mag_de_werkvoorraad_niet_lezen() throws Exception {
        mvc.perform(get("/api/v1/inburgeraars").header("Authorization", brpSysteem("0363", AMSTERDAM_OIN)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void elk_antwoord_draagt_de_beveiligingsheaders_van_de_api_design_rules() throws Exception {
        mvc.perform(get("/api/v1/inburgeraars").header("Authorization", klantmanager("0363", AMSTERDAM_OIN)))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", Matchers.containsString("no-store")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Content-Security-Policy", "frame-ancestors 'none'"))
                .andExpect(header().string("Strict-Transport-Security", Matchers.startsWith("max-age=")));
    }

    @Test
    void het_openapi_document_is_te_lezen_zonder_meer() throws Exception {
        mvc.perform(get("/api/v1/openapi.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/inburgeraars/_zoek']").exists())
                .andExpect(jsonPath("$.servers[0].url").value("/api/v1"));
    }

    @Test
    void na_een_verhuizing_vindt_de_klantmanager_van_de_nieuwe_gemeente_hem_in_de_werkvoorraad() throws Exception {
        String bsn = TestBsn.nieuw();
        TestPartner.publiceer(kafka(), "sleutel-" + bsn, ContractEvents.inburgeringsplichtVastgesteld().setBsn(bsn)
                .setGemeentecode("0363").setDoelgroep(Doelgroepindeling.GEZINSMIGRANT_EN_OVERIGE_MIGRANT)
                .setGedetailleerdeDoelgroep(GedetailleerdeDoelgroep.GEZINSVORMER).setAanleiding(Aanleiding.NIEUW)
                .build());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc
                .perform(get("/api/v1/inburgeraars").header("Authorization", klantmanager("0363", AMSTERDAM_OIN)))
                .andExpect(jsonPath("$.inburgeraars[*].bsn", Matchers.hasItem(bsn))));

        TestPartner.publiceer(kafka(), "sleutel-" + bsn, ContractEvents.inburgeringsplichtVastgesteld().setBsn(bsn)
                .setGemeentecode("0599").setDoelgroep(Doelgroepindeling.GEZINSMIGRANT_EN_OVERIGE_MIGRANT)
                .setGedetailleerdeDoelgroep(GedetailleerdeDoelgroep.GEZINSVORMER)
                .setAanleiding(Aanleiding.OVERDRACHT_NA_VERHUIZING).build());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc
                .perform(get("/api/v1/inburgeraars").header("Authorization", klantmanager("0599", ROTTERDAM_OIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inburgeraars[*].bsn", Matchers.hasItem(bsn))));
    }
}
