package nl.inburgering.duo.m2m;

import static org.assertj.core.api.Assertions.assertThat;

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

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import nl.inburgering.platform.logboek.Logboekinzage;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestTokens;

/**
 * The limits per client on DUO's M2M APIs (decision 0010), with limits small enough to reach: five requests at once
 * and a refill too slow to matter during the test; three refused persons per window, an alarm from two.
 */
@SpringBootTest(properties = { "spring.config.name=duo-service", "keten.duo.m2m.piek=5",
        "keten.duo.m2m.verzoeken-per-seconde=0.0001", "keten.duo.m2m.weigeringen-per-venster=3",
        "keten.duo.m2m.alarm-vanaf-weigeringen=2" }, webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureMockMvc
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class M2mBegrenzingTest {

    private static final String AMSTERDAM_OIN = "00000001002564440000";
    private static final String ROTTERDAM_OIN = "00000001002220647000";
    private static final String UTRECHT_OIN = "00000001001299992000";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    MeterRegistry metrieken;
    @Autowired
    Logboekinzage logboek;
    @Value("${keten.oin}")
    String duoOin;

    @Test
    void een_client_boven_zijn_tempo_krijgt_429_met_retry_after_als_problem_json_en_een_andere_client_niet() {
        for (int i = 0; i < 5; i++) {
            assertThat(verlengingsgronden(AMSTERDAM_OIN, "0363")).hasStatusOk();
        }

        MvcTestResult teVeel = verlengingsgronden(AMSTERDAM_OIN, "0363");

        assertThat(teVeel).hasStatus(HttpStatus.TOO_MANY_REQUESTS).hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .hasHeader("API-Version", "1.0.0");
        assertThat(Long.parseLong(teVeel.getResponse().getHeader(HttpHeaders.RETRY_AFTER))).isPositive();
        assertThat(verlengingsgronden(ROTTERDAM_OIN, "0599")).as("elke client zijn eigen emmer").hasStatusOk();
    }

    @Test
    void een_client_die_te_veel_personen_geweigerd_krijgt_wordt_geteld_gelogd_en_begrensd() {
        String[] onbekend = { TestBsn.nieuw(), TestBsn.nieuw(), TestBsn.nieuw() };
        for (String bsn : onbekend) {
            assertThat(plicht(UTRECHT_OIN, "0344", bsn)).hasStatus(HttpStatus.NOT_FOUND);
        }

        MvcTestResult begrensd = plicht(UTRECHT_OIN, "0344", TestBsn.nieuw());

        assertThat(begrensd).hasStatus(HttpStatus.TOO_MANY_REQUESTS)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(Long.parseLong(begrensd.getResponse().getHeader(HttpHeaders.RETRY_AFTER))).isPositive();
        Counter weigeringen = metrieken.find("duo.m2m.weigeringen").tag("oin", UTRECHT_OIN).counter();
        assertThat(weigeringen).isNotNull();
        assertThat(weigeringen.count()).isEqualTo(3.0);
        for (String bsn : onbekend) {
            assertThat(logboek.voorBetrokkene(bsn)).as("elke weigering in het Logboek")
                    .anySatisfy(r -> assertThat(r.verwerkingsactiviteitId()).endsWith("/m2m-persoon-geweigerd"));
        }
        assertThat(verlengingsgronden(UTRECHT_OIN, "0344")).as("wat geen persoon betreft blijft open")
                .hasStatusOk();
    }

    private MvcTestResult verlengingsgronden(String oin, String gemeentecode) {
        return vraag("/verlengingsgronden", oin, gemeentecode);
    }

    private MvcTestResult plicht(String oin, String gemeentecode, String bsn) {
        return vraag("/personen/" + bsn + "/inburgeringsplicht", oin, gemeentecode);
    }

    /** Not through M2mSpec: DUO's specs know no 429; the limit is ours (decision 0010). */
    private MvcTestResult vraag(String pad, String oin, String gemeentecode) {
        return mvc.method(HttpMethod.GET).uri("/m2m/v1" + pad).headers(headers(oin, gemeentecode)).exchange();
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
}
