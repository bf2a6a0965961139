package nl.inburgering.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import nl.inburgering.platform.security.Rol;
import nl.inburgering.platform.test.KetenTestInfrastructuur;
import nl.inburgering.platform.test.TestTokens;

/**
 * Issue 11, item 9: what Tomcat answers itself, before Spring sees the request, is problem+json with the security
 * headers, never Tomcat's HTML page or a stack trace. Against the real embedded Tomcat on a random port, over a raw
 * socket: an HTTP client refuses to send most of these requests.
 */
@SpringBootTest(classes = PlatformTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=platform-test")
@ContextConfiguration(initializers = KetenTestInfrastructuur.class)
@DirtiesContext
class TomcatFoutenTest {

    @LocalServerPort
    int poort;

    @Test
    void een_nul_teken_in_het_pad_is_een_400_als_problem_json() throws IOException {
        probleem(stuur("GET /test/lijst%00 HTTP/1.1"), 400);
        probleem(stuur("GET /test/%00/lijst HTTP/1.1"), 400);
    }

    @Test
    void een_ongeldige_procentcodering_is_een_400_als_problem_json() throws IOException {
        probleem(stuur("GET /test/%zz HTTP/1.1"), 400);
        probleem(stuur("GET /test/lijst%4 HTTP/1.1"), 400);
    }

    @Test
    void een_ongeldig_teken_in_het_adres_is_een_400_als_problem_json() throws IOException {
        probleem(stuur("GET /test/li|st HTTP/1.1"), 400);
        probleem(stuur("GET /test/{lijst} HTTP/1.1"), 400);
        probleem(stuur("GET /test/lijst?zoek=<a> HTTP/1.1"), 400);
    }

    @Test
    void een_te_lang_adres_is_een_414_als_problem_json() throws IOException {
        probleem(stuur("GET /test/" + "a".repeat(20_000) + " HTTP/1.1"), 414);
    }

    @Test
    void te_grote_headers_zijn_een_431_als_problem_json() throws IOException {
        probleem(stuur("GET /test/lijst HTTP/1.1\r\nX-Groot: " + "a".repeat(20_000)), 431);
    }

    @Test
    void een_ongeldige_header_of_methode_is_een_400_als_problem_json() throws IOException {
        probleem(stuur("GET /test/lijst HTTP/1.1\r\nGeen Header: x"), 400);
        probleem(stuur("G\u0001T /test/lijst HTTP/1.1"), 400);
    }

    @Test
    void een_niet_ondersteunde_methode_of_http_versie_is_problem_json() throws IOException {
        Antwoord trace = stuur("TRACE /test/lijst HTTP/1.1");
        probleem(trace, 405);
        probleem(stuur("TRACE /test/lijst HTTP/1.1\r\nAuthorization: " + token()), 405);
        probleem(stuur("CONNECT localhost:443 HTTP/1.1"), 501);
        probleem(stuur("GET /test/lijst HTTP/9.9"), 505);
        // a method the controller does not have: Spring's own 405, here for comparison
        probleem(stuur("DELETE /test/lijst HTTP/1.1\r\nAuthorization: " + token()), 405);
    }

    @Test
    void een_correct_verzoek_komt_nog_gewoon_aan() throws IOException {
        Antwoord antwoord = stuur("GET /test/lijst HTTP/1.1\r\nAuthorization: " + token());
        assertThat(antwoord.status()).as(antwoord.tekst()).isEqualTo(200);
    }

    private static String token() {
        return TestTokens.voor("platform-test").rol(Rol.PARTNERSYSTEEM).oin(TestTokens.OIN_GEBONDEN_UITGEVER).bearer();
    }

    private static void probleem(Antwoord antwoord, int status) {
        assertThat(antwoord.status()).as(antwoord.tekst()).isEqualTo(status);
        assertThat(antwoord.header("content-type")).as(antwoord.tekst()).startsWith("application/problem+json");
        assertThat(antwoord.header("x-content-type-options")).as(antwoord.tekst()).isEqualTo("nosniff");
        assertThat(antwoord.header("cache-control")).as(antwoord.tekst()).contains("no-store");
        assertThat(antwoord.header("x-frame-options")).as(antwoord.tekst()).isEqualTo("DENY");
        assertThat(antwoord.header("strict-transport-security")).as(antwoord.tekst()).contains("max-age=");
        assertThat(antwoord.body()).as(antwoord.tekst()).contains("\"status\":" + status)
                .doesNotContainIgnoringCase("<html").doesNotContain("Exception").doesNotContain("at org.")
                .doesNotContain("Tomcat");
    }

    private Antwoord stuur(String kop) throws IOException {
        try (Socket socket = new Socket("localhost", poort)) {
            socket.setSoTimeout(20_000);
            OutputStream uit = socket.getOutputStream();
            uit.write((kop + "\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            uit.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            in.transferTo(buffer);
            return Antwoord.van(buffer.toString(StandardCharsets.UTF_8));
        }
    }

    private record Antwoord(int status, Map<String, String> headers, String body, String tekst) {

        static Antwoord van(String tekst) {
            int einde = tekst.indexOf("\r\n\r\n");
            String[] regels = (einde < 0 ? tekst : tekst.substring(0, einde)).split("\r\n");
            Map<String, String> headers = new TreeMap<>();
            for (int i = 1; i < regels.length; i++) {
                int dubbelepunt = regels[i].indexOf(':');
                if (dubbelepunt > 0) {
                    headers.putIfAbsent(regels[i].substring(0, dubbelepunt).trim().toLowerCase(Locale.ROOT),
                            regels[i].substring(dubbelepunt + 1).trim());
                }
            }
            int status = regels[0].startsWith("HTTP/1.1 ") ? Integer.parseInt(regels[0].substring(9, 12)) : -1;
            return new Antwoord(status, headers, einde < 0 ? "" : tekst.substring(einde + 4), tekst);
        }

        String header(String naam) {
            return headers.getOrDefault(naam, "");
        }
    }
}
