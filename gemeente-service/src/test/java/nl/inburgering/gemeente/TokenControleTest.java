package nl.inburgering.gemeente;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestTokens;

/** Only a signed, unexpired token of a trusted issuer, meant for this service, in the header, gets in. */
@SpringBootTest(properties = "spring.config.name=gemeente-service")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class TokenControleTest {

    @Autowired
    MockMvc mvc;

    private static TestTokens klantmanager() {
        return TestTokens.voor("gemeente-service").rol(Rol.GEMEENTE_KLANTMANAGER)
                .gemeente("0363", "00000001002564440000");
    }

    private ResultActions werkvoorraadMet(String token) throws Exception {
        return mvc.perform(get("/api/v1/inburgeraars").header("Authorization", "Bearer " + token));
    }

    @Test
    void een_geldig_token_geeft_toegang() throws Exception {
        werkvoorraadMet(klantmanager().token()).andExpect(status().isOk());
    }

    @Test
    void een_token_van_een_onbekende_uitgever_wordt_geweigerd() throws Exception {
        werkvoorraadMet(klantmanager().uitgever("https://kwaadwillend.example").token())
                .andExpect(status().isUnauthorized());
    }

    @Test
    void een_token_voor_een_andere_dienst_wordt_geweigerd() throws Exception {
        werkvoorraadMet(TestTokens.voor("duo-service").rol(Rol.GEMEENTE_KLANTMANAGER)
                .gemeente("0363", "00000001002564440000").token()).andExpect(status().isUnauthorized());
    }

    @Test
    void een_verlopen_token_wordt_geweigerd() throws Exception {
        werkvoorraadMet(klantmanager().verlopen().token()).andExpect(status().isUnauthorized());
    }

    @Test
    void een_token_met_een_gewijzigde_inhoud_wordt_geweigerd() throws Exception {
        String[] delen = klantmanager().token().split("\\.");
        String inhoud = new String(Base64.getUrlDecoder().decode(delen[1]), StandardCharsets.UTF_8)
                .replace("0363", "0599");
        String vervalst = delen[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(inhoud.getBytes(StandardCharsets.UTF_8)) + "." + delen[2];

        werkvoorraadMet(vervalst).andExpect(status().isUnauthorized());
    }

    @Test
    void een_token_ondertekend_met_een_onbekende_sleutel_wordt_geweigerd() throws Exception {
        werkvoorraadMet(klantmanager().onbekendeSleutel().token()).andExpect(status().isUnauthorized());
    }

    @Test
    void een_ongetekend_token_met_alg_none_wordt_geweigerd() throws Exception {
        String[] delen = klantmanager().token().split("\\.");
        String zonderHandtekening = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "." + delen[1] + ".";

        werkvoorraadMet(zonderHandtekening).andExpect(status().isUnauthorized());
    }

    @Test
    void een_token_in_de_query_in_plaats_van_de_header_wordt_niet_geaccepteerd() throws Exception {
        mvc.perform(get("/api/v1/inburgeraars").param("access_token", klantmanager().token()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void een_browser_van_een_herkomst_buiten_de_allowlist_krijgt_geen_cors_toestemming() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .options("/api/v1/inburgeraars").header("Origin", "https://kwaadwillend.example")
                        .header("Access-Control-Request-Method", "GET"))
                .andExpect(status().isForbidden())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .doesNotExist("Access-Control-Allow-Origin"));
    }

    @Test
    void de_probes_en_het_openapi_document_zijn_openbaar_en_verder_niets() throws Exception {
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/openapi.json")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
    }
}
