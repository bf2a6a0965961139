package nl.inburgering.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import io.micrometer.core.instrument.MeterRegistry;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestTokens;
import nl.inburgering.platform.web.Schrijfbegrenzing;

/**
 * Issue 11, item 7: a rate limit per client on the write endpoints under {@code /api}. Here a bucket of 3 that
 * hardly refills, so the fourth write of one client is refused; the defaults are generous (platform-defaults.yml).
 */
@SpringBootTest(classes = PlatformTestApplication.class, properties = { "spring.config.name=platform-test",
        "keten.begrenzing.schrijven.piek=3", "keten.begrenzing.schrijven.verzoeken-per-seconde=0.001" })
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@AutoConfigureMockMvc
@DirtiesContext
class SchrijfbegrenzingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MeterRegistry metrieken;

    private static String systeem(String client) {
        return TestTokens.voor("platform-test").rol(Rol.PARTNERSYSTEEM).claim("azp", client).bearer();
    }

    private ResultActions schrijf(String client) throws Exception {
        return mvc.perform(post("/api/v1/proeven").header("Authorization", systeem(client)));
    }

    @Test
    void een_client_boven_zijn_limiet_krijgt_429_met_retry_after_terwijl_een_andere_client_nog_201_krijgt()
            throws Exception {
        for (int i = 0; i < 3; i++) {
            schrijf("systeem-a").andExpect(status().isCreated());
        }

        schrijf("systeem-a")
                .andExpect(status().isTooManyRequests())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(header().string("Retry-After", Matchers.matchesPattern("[1-9][0-9]*")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        schrijf("systeem-b").andExpect(status().isCreated());
        assertThat(metrieken.get(Schrijfbegrenzing.METRIEK).tag("client", "systeem-a").counter().count())
                .as("geweigerde verzoeken van systeem-a").isEqualTo(1);
    }

    @Test
    void lezen_wordt_niet_begrensd() throws Exception {
        for (int i = 0; i < 3; i++) {
            schrijf("systeem-c").andExpect(status().isCreated());
        }
        schrijf("systeem-c").andExpect(status().isTooManyRequests());

        for (int i = 0; i < 10; i++) {
            mvc.perform(get("/api/v1/proeven").header("Authorization", systeem("systeem-c")))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void zoeken_met_post_op_zoek_is_lezen_en_wordt_niet_begrensd() throws Exception {
        for (int i = 0; i < 10; i++) {
            mvc.perform(post("/api/v1/proeven/_zoek").header("Authorization", systeem("systeem-f")))
                    .andExpect(status().isOk());
        }
        schrijf("systeem-f").andExpect(status().isCreated());
    }

    @Test
    void de_client_is_de_azp_van_het_token_en_anders_zijn_client_id_of_subject() throws Exception {
        String clientId = TestTokens.voor("platform-test").rol(Rol.PARTNERSYSTEEM).claim("client_id", "systeem-d")
                .bearer();
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/api/v1/proeven").header("Authorization", clientId)).andExpect(status().isCreated());
        }

        mvc.perform(post("/api/v1/proeven").header("Authorization", clientId))
                .andExpect(status().isTooManyRequests());
        mvc.perform(post("/api/v1/proeven").header("Authorization", TestTokens.voor("platform-test")
                .rol(Rol.PARTNERSYSTEEM).claim("sub", "systeem-e").bearer())).andExpect(status().isCreated());
    }
}
