package nl.inburgering.coa;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestTokens;

/** Only a valid token of a role the endpoint allows gets in; the rest is refused as problem+json. */
@SpringBootTest(properties = "spring.config.name=coa-service")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class TokenControleTest {

    private static final String COA_OIN = "00000001004210413000";

    @Autowired
    MockMvc mvc;

    private static TestTokens coaMedewerker() {
        return TestTokens.voor("coa-service").rol(Rol.COA_MEDEWERKER).oin(COA_OIN);
    }

    private static TestTokens klantmanager() {
        return TestTokens.voor("coa-service").rol(Rol.GEMEENTE_KLANTMANAGER).gemeente("0363", "00000001002564440000");
    }

    @Test
    void een_coa_medewerker_met_een_geldig_token_ziet_de_bewoners() throws Exception {
        mvc.perform(get("/api/v1/bewoners").header("Authorization", coaMedewerker().bearer()))
                .andExpect(status().isOk());
    }

    @Test
    void zonder_token_is_elk_endpoint_401_als_problem_json() throws Exception {
        mvc.perform(get("/api/v1/bewoners"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/koppelingen/_zoek").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"bsn\":\"" + TestBsn.nieuw() + "\"}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void een_klantmanager_van_een_gemeente_mag_niet_bij_de_bewoners_van_coa() throws Exception {
        mvc.perform(get("/api/v1/bewoners").header("Authorization", klantmanager().bearer()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/bewoners").header("Authorization", klantmanager().bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"bsn\":\"" + TestBsn.nieuw() + "\",\"vNummer\":\"1234567890\",\"azcLocatie\":\"x\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void een_coa_medewerker_mag_niet_namens_een_gemeente_koppelingen_zoeken() throws Exception {
        mvc.perform(post("/api/v1/koppelingen/_zoek").header("Authorization", coaMedewerker().bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"bsn\":\"" + TestBsn.nieuw() + "\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void een_ander_systeem_van_een_gemeente_mag_geen_afspraak_vastleggen() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .put("/api/v1/koppelingen/" + java.util.UUID.randomUUID() + "/afspraak")
                        .header("Authorization", TestTokens.voor("coa-service").rol(Rol.PARTNERSYSTEEM)
                                .gemeente("0363", "00000001002564440000").bearer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"variant\":\"BREDE_INTAKE_NA_VESTIGING\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void een_token_voor_een_andere_dienst_wordt_geweigerd() throws Exception {
        mvc.perform(get("/api/v1/bewoners").header("Authorization",
                        TestTokens.voor("gemeente-service").rol(Rol.COA_MEDEWERKER).oin(COA_OIN).bearer()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void een_verlopen_token_wordt_geweigerd() throws Exception {
        mvc.perform(get("/api/v1/bewoners").header("Authorization", coaMedewerker().verlopen().bearer()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void de_probes_en_het_openapi_document_zijn_openbaar() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/openapi.json")).andExpect(status().isOk());
    }
}
