package nl.inburgering.ind.voldaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import nl.inburgering.contracts.common.Leerroute;
import nl.inburgering.contracts.common.Waardepapier;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestPartner;
import nl.inburgering.platform.test.TestTokens;

/**
 * IND asks whether a vreemdeling has voldaan (seed §8.2, §15.2): at DUO, the source, with a client-credentials token
 * of IND's system; when DUO cannot be reached, from the copy of #10 DUO pushed to IND's own topic. DUO is played here
 * by a small HTTP server with DUO's endpoint and a token endpoint (keten-local's tests ask the real DUO).
 */
@SpringBootTest(properties = "spring.config.name=ind-service")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class InburgeringsvereisteTest {

    private static final String TOKEN = "token-van-indsysteem";
    /** What "DUO" answers per BSN: a body for 200, or null for 404. Absent: 404. */
    private static final Map<String, String> BESCHIKKINGEN = new ConcurrentHashMap<>();
    private static final List<String> VERZOEKEN = new CopyOnWriteArrayList<>();
    private static final HttpServer DUO = duo();
    private static volatile boolean duoPlat;

    @DynamicPropertySource
    static void duoAdres(DynamicPropertyRegistry registry) {
        String adres = "http://localhost:" + DUO.getAddress().getPort();
        registry.add("keten.ind.duo.basis-url", () -> adres);
        registry.add("keten.ind.duo.token-url", () -> adres + "/oauth2/token");
        registry.add("keten.ind.duo.wachttijd", () -> "PT2S");
    }

    @AfterAll
    static void stopDuo() {
        DUO.stop(0);
    }

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void ind_vraagt_duo_bij_de_bron_met_het_bsn_in_de_body_en_een_token_van_zijn_systeem() {
        String bsn = TestBsn.nieuw();
        BESCHIKKINGEN.put(bsn, """
                {"datumBeschikking":"2027-03-01","datumVoldaan":"2027-02-14","leerroute":"B1_ROUTE",
                 "waardepapier":"INBURGERINGSDIPLOMA"}""");

        assertThat(vraag("{\"bsn\":\"" + bsn + "\"}")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
                {"voldaan":true,"datumVoldaan":"2027-02-14","datumBeschikking":"2027-03-01","leerroute":"B1_ROUTE",
                 "waardepapier":"INBURGERINGSDIPLOMA","bron":"DUO"}""");
        assertThat(VERZOEKEN).contains("POST /api/v1/beschikkingen-voldaan/_zoek Bearer " + TOKEN + " {\"bsn\":\""
                + bsn + "\"}");
        assertThat(VERZOEKEN).noneMatch(v -> v.startsWith("POST /api/v1/beschikkingen-voldaan/_zoek")
                && v.substring(0, v.indexOf(" Bearer")).contains(bsn));
    }

    @Test
    void wie_bij_duo_geen_beschikking_voldaan_heeft_heeft_niet_voldaan() {
        assertThat(vraag("{\"bsn\":\"" + TestBsn.nieuw() + "\"}")).hasStatusOk().bodyJson()
                .isStrictlyEqualTo("{\"voldaan\":false,\"bron\":\"DUO\"}");
    }

    @Test
    void ind_neemt_10_van_duo_op_en_antwoordt_daarmee_als_duo_niet_bereikbaar_is() {
        String bsn = TestBsn.nieuw();
        TestPartner.publiceer(KetenTestInfrastructuur.kafkaBootstrapServers(), "d-" + bsn,
                ContractEvents.inburgeringsplichtVoldaan().setBsn(bsn).setDatumBeschikking(LocalDate.of(2027, 5, 3))
                        .setDatumVoldaan(LocalDate.of(2027, 4, 20)).setLeerroute(Leerroute.ZELFREDZAAMHEIDSROUTE)
                        .setWaardepapier(Waardepapier.INBURGERINGSCERTIFICAAT).build());
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from beschikking_voldaan_kopie where bsn = ?").param(bsn).query(Long.class).single() == 1);

        duoPlat = true;
        try {
            assertThat(vraag("{\"bsn\":\"" + bsn + "\"}")).hasStatusOk().bodyJson().isStrictlyEqualTo("""
                    {"voldaan":true,"datumVoldaan":"2027-04-20","datumBeschikking":"2027-05-03","leerroute":"Z_ROUTE",
                     "waardepapier":"INBURGERINGSCERTIFICAAT","bron":"KOPIE_VAN_STELSELDIENST_10"}""");
            assertThat(vraag("{\"bsn\":\"" + TestBsn.nieuw() + "\"}")).as("geen kopie, DUO plat")
                    .hasStatus(HttpStatus.SERVICE_UNAVAILABLE).hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .hasHeader("Retry-After", "30");
        } finally {
            duoPlat = false;
        }
    }

    @Test
    void een_ongeldig_bsn_geeft_400_met_het_probleem_en_alleen_een_ind_medewerker_mag_vragen() {
        assertThat(vraag("{\"bsn\":\"123456789\"}")).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .extractingPath("$.invalidParams[0].name").isEqualTo("bsn");
        assertThat(mvc.post().uri("/api/v1/inburgeringsvereisten/_zoek").contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", TestTokens.voor("ind-service").rol(Rol.GEMEENTE_KLANTMANAGER)
                        .gemeente("0363", "00000001002564440000").bearer())
                .content("{\"bsn\":\"" + TestBsn.nieuw() + "\"}").exchange()).hasStatus(HttpStatus.FORBIDDEN);
    }

    private MvcTestResult vraag(String body) {
        return mvc.post().uri("/api/v1/inburgeringsvereisten/_zoek").contentType(MediaType.APPLICATION_JSON)
                .header("Authorization", TestTokens.voor("ind-service").rol(Rol.IND_MEDEWERKER)
                        .oin("00000001003214369000").bearer())
                .content(body).exchange();
    }

    /** DUO's endpoint and a token endpoint that hands out {@link #TOKEN} to client credentials. */
    private static HttpServer duo() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/oauth2/token", uitwisseling -> {
                String body = lees(uitwisseling);
                boolean goed = body.contains("grant_type=client_credentials") && body.contains("scope=duo-service")
                        && uitwisseling.getRequestHeaders().getFirst("Authorization").startsWith("Basic ");
                antwoord(uitwisseling, goed ? 200 : 401, goed ? """
                        {"access_token":"%s","token_type":"Bearer","expires_in":3600}""".formatted(TOKEN) : "{}");
            });
            server.createContext("/api/v1/beschikkingen-voldaan/_zoek", uitwisseling -> {
                String body = lees(uitwisseling);
                VERZOEKEN.add(uitwisseling.getRequestMethod() + " " + uitwisseling.getRequestURI() + " "
                        + uitwisseling.getRequestHeaders().getFirst("Authorization") + " " + body);
                if (duoPlat) {
                    antwoord(uitwisseling, 503, "{}");
                    return;
                }
                if (!("Bearer " + TOKEN).equals(uitwisseling.getRequestHeaders().getFirst("Authorization"))) {
                    antwoord(uitwisseling, 401, "{}");
                    return;
                }
                String bsn = body.replaceAll(".*\"bsn\"\\s*:\\s*\"(\\d{9})\".*", "$1");
                String beschikking = BESCHIKKINGEN.get(bsn);
                antwoord(uitwisseling, beschikking == null ? 404 : 200, beschikking == null ? """
                        {"status":404,"title":"Niet gevonden"}""" : beschikking);
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String lees(HttpExchange uitwisseling) throws IOException {
        return new String(uitwisseling.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void antwoord(HttpExchange uitwisseling, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        uitwisseling.getResponseHeaders().add("Content-Type",
                status == 404 ? "application/problem+json" : "application/json");
        uitwisseling.sendResponseHeaders(status, bytes.length);
        uitwisseling.getResponseBody().write(bytes);
        uitwisseling.close();
    }
}
