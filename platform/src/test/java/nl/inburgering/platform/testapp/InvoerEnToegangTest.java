package nl.inburgering.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.test.TestTokens;

/** The platform's rules for tokens and input, on a test endpoint of the platform test service (issue 11). */
@PlatformIntegratieTest
@AutoConfigureMockMvc
class InvoerEnToegangTest {

    private static final String DUO = TestTokens.OIN_GEBONDEN_UITGEVER;

    @Autowired
    MockMvc mvc;

    private static TestTokens partner() {
        return TestTokens.voor("platform-test").rol(Rol.PARTNERSYSTEEM).oin(DUO);
    }

    private ResultActions invoer(String json) throws Exception {
        return mvc.perform(post("/test/invoer").header("Authorization", partner().bearer())
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions lijstMet(String token) throws Exception {
        return mvc.perform(get("/test/lijst").header("Authorization", "Bearer " + token));
    }

    // item 4: exp, maximum lifetime, issuers bound to roles and organisations

    @Test
    void een_token_zonder_verloopmoment_wordt_geweigerd() throws Exception {
        lijstMet(partner().token()).andExpect(status().isOk());
        lijstMet(partner().zonderVerloop().token()).andExpect(status().isUnauthorized());
    }

    @Test
    void een_token_dat_langer_leeft_dan_het_maximum_wordt_geweigerd() throws Exception {
        Instant nu = Instant.now();
        lijstMet(partner().geldig(nu.minusSeconds(7200), nu.plusSeconds(600)).token())
                .andExpect(status().isUnauthorized());
        lijstMet(partner().geldig(nu, nu.plusSeconds(30L * 24 * 3600)).token()).andExpect(status().isUnauthorized());
    }

    @Test
    void een_uitgever_mag_alleen_de_rollen_en_organisaties_noemen_waarvoor_hij_vertrouwd_is() throws Exception {
        lijstMet(partner().uitgever(TestTokens.GEBONDEN_UITGEVER).token()).andExpect(status().isOk());
        lijstMet(partner().uitgever(TestTokens.GEBONDEN_UITGEVER).oin("00000001002564440000").token())
                .andExpect(status().isUnauthorized());
        lijstMet(partner().uitgever(TestTokens.GEBONDEN_UITGEVER).claim("gemeentecode", "0363").token())
                .andExpect(status().isUnauthorized());
        lijstMet(TestTokens.voor("platform-test").uitgever(TestTokens.GEBONDEN_UITGEVER).rol(Rol.DUO_BACKOFFICE)
                .oin(DUO).token()).andExpect(status().isUnauthorized());
    }

    // decision 0054: the bearer token read without a regular expression, with the default's answers

    @Test
    void een_misvormd_bearer_token_krijgt_401_als_problem_json() throws Exception {
        String token = partner().token();
        for (String kop : new String[] { "Bearer  " + token, "Bearer " + token + " x", "Bearer " + token + "=x",
                "Bearer ", "Bearer" + token, "Bearer " + token + "\u00e9" }) {
            mvc.perform(get("/test/lijst").header("Authorization", kop))
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().string("WWW-Authenticate", "Bearer"))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(401));
        }
    }

    @Test
    void het_schema_bearer_mag_in_elke_hoofdletters_en_basic_is_geen_token() throws Exception {
        String token = partner().token();
        for (String schema : new String[] { "Bearer ", "bearer ", "BEARER " }) {
            mvc.perform(get("/test/lijst").header("Authorization", schema + token)).andExpect(status().isOk());
        }
        mvc.perform(get("/test/lijst").header("Authorization", "Basic dXNlcjpwYXNz"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void de_beveiliging_leest_het_token_met_de_bearerkop_van_het_platform(
            @Autowired org.springframework.security.web.FilterChainProxy filters) {
        // Spring Security keeps the resolver in a private field of its converter: this fails if the wiring is lost
        assertThat(filters.getFilterChains()).flatExtracting(keten -> keten.getFilters())
                .filteredOn(filter -> filter instanceof BearerTokenAuthenticationFilter).singleElement()
                .extracting("authenticationConverter.bearerTokenResolver").isInstanceOf(BearerTokenResolver.class)
                .extracting(resolver -> resolver.getClass().getSimpleName()).isEqualTo("Bearerkop");
    }

    // item 5: actuator for the monitoring role only

    @Test
    void de_actuator_endpoints_buiten_de_probes_zijn_alleen_voor_de_monitoringrol() throws Exception {
        String monitoring = TestTokens.voor("platform-test").rol(Rol.MONITORING).bearer();
        for (String pad : new String[] { "/actuator/prometheus", "/actuator/metrics", "/actuator/health",
                "/actuator/info", "/actuator" }) {
            mvc.perform(get(pad).header("Authorization", partner().bearer())).andExpect(status().isForbidden());
            mvc.perform(get(pad).header("Authorization", monitoring)).andExpect(status().isOk());
        }
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
    }

    @Test
    void de_monitoringrol_komt_niet_bij_de_api() throws Exception {
        lijstMet(TestTokens.voor("platform-test").rol(Rol.MONITORING).token()).andExpect(status().isForbidden());
    }

    // item 9: no coercions, no duplicate keys, no control characters, paging bounds, capped invalidParams

    @Test
    void een_verzoek_wordt_als_geheel_gemeten_en_niet_per_beveiligingsfilter(
            @Autowired io.micrometer.core.instrument.MeterRegistry metrieken) throws Exception {
        lijstMet(partner().token()).andExpect(status().isOk());

        // issue 17 (decision 0047): Spring Security's observations per filter, authentication and authorization are off
        assertThat(metrieken.getMeters()).extracting(meter -> meter.getId().getName())
                .contains("http.server.requests").noneMatch(naam -> naam.startsWith("spring.security"));
    }

    @Test
    void een_correct_verzoek_komt_aan() throws Exception {
        invoer("{\"tekst\":\"regel 1\\nregel 2\",\"datum\":\"2026-12-06\",\"aantal\":3,\"actief\":true,"
                + "\"soort\":\"TWEE\",\"codes\":[\"a\"]}").andExpect(status().isOk())
                .andExpect(jsonPath("$.datum").value("2026-12-06"));
    }

    @Test
    void een_getal_is_geen_datum_geen_tekst_en_geen_enum() throws Exception {
        weigert(invoer("{\"datum\":20261206}"), "datum", "format");
        weigert(invoer("{\"tekst\":12}"), "tekst", "format");
        weigert(invoer("{\"soort\":1}"), "soort", "format");
        weigert(invoer("{\"actief\":1}"), "actief", "format");
    }

    @Test
    void een_tekst_is_geen_getal_en_geen_boolean() throws Exception {
        weigert(invoer("{\"aantal\":\"3\"}"), "aantal", "format");
        weigert(invoer("{\"actief\":\"true\"}"), "actief", "format");
    }

    @Test
    void een_veld_dat_twee_keer_in_het_object_staat_wordt_geweigerd() throws Exception {
        weigert(invoer("{\"tekst\":\"a\",\"tekst\":\"b\"}"), "body", "duplicateKey");
    }

    @Test
    void een_nul_teken_in_een_tekst_wordt_geweigerd_met_het_veld_erbij() throws Exception {
        weigert(invoer("{\"tekst\":\"Jan\\u0000\"}"), "tekst", "controlCharacter");
        weigert(invoer("{\"codes\":[\"a\",\"b\\u0007\"]}"), "codes[1]", "controlCharacter");
        mvc.perform(get("/test/lijst?zoek={zoek}", "a\u0000b").header("Authorization", partner().bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.invalidParams[0].code").value("controlCharacter"));
    }

    @Test
    void een_paginanummer_voorbij_het_maximum_is_een_400_geen_500() throws Exception {
        mvc.perform(get("/test/lijst").param("pagina", "2147483647").header("Authorization", partner().bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.invalidParams[0].name").value("pagina"));
    }

    @Test
    void een_lijst_met_tienduizend_fouten_geeft_een_kort_antwoord_met_het_aantal() throws Exception {
        StringBuilder json = new StringBuilder("{\"codes\":[");
        for (int i = 0; i < 10_000; i++) {
            json.append(i == 0 ? "" : ",").append("\" \"");
        }
        invoer(json.append("]}").toString()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.invalidParams.length()").value(50))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("10001 problemen")));
    }

    @Test
    void een_geboortedatum_in_het_jaar_0_of_in_de_toekomst_valt_buiten_het_bereik() throws Exception {
        weigert(invoer("{\"geboren\":\"0000-01-01\"}"), "geboren", "range");
        weigert(invoer("{\"geboren\":\"9999-12-31\"}"), "geboren", "range");
        invoer("{\"geboren\":\"1990-04-01\"}").andExpect(status().isOk());
    }

    @Test
    void een_gecodeerde_slash_in_het_pad_krijgt_400_als_problem_json_met_de_beveiligingsheaders() throws Exception {
        mvc.perform(get(java.net.URI.create("/test/lijst%2F..%2Factuator")).header("Authorization", partner().bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    @Test
    void een_stuurteken_in_het_token_krijgt_400_als_problem_json_van_de_firewall() throws Exception {
        mvc.perform(get("/test/lijst").header("Authorization", partner().bearer() + "\u0007"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    // item 7: the body-size cap

    @Test
    void een_te_grote_body_krijgt_413_als_problem_json_met_de_beveiligingsheaders() throws Exception {
        String groot = "{\"tekst\":\"" + "x".repeat(300_000) + "\"}";
        invoer(groot).andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(jsonPath("$.status").value(413));
    }

    // item 8: a unique-constraint race

    @Test
    void een_tweede_registratie_van_hetzelfde_is_een_409_en_geen_500() throws Exception {
        String code = UUID.randomUUID().toString();
        mvc.perform(post("/test/uniek").header("Authorization", partner().bearer())
                .contentType(MediaType.TEXT_PLAIN).content(code)).andExpect(status().isCreated());
        String antwoord = mvc.perform(post("/test/uniek").header("Authorization", partner().bearer())
                .contentType(MediaType.TEXT_PLAIN).content(code)).andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn().getResponse().getContentAsString();
        assertThat(antwoord).doesNotContain(code);
    }

    private static void weigert(ResultActions antwoord, String veld, String code) throws Exception {
        antwoord.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.invalidParams[0].name").value(veld))
                .andExpect(jsonPath("$.invalidParams[0].code").value(code));
    }
}
