package nl.inburgering.keten.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nl.inburgering.keten.local.KetenService;
import nl.inburgering.keten.local.LocalKeten;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every service publishes an OpenAPI document without a token that follows the API Design Rules' core
 * conventions. The documents are written to {@code target/openapi/} so the government's Spectral ruleset can
 * lint them ({@code scripts/lint-openapi.sh}, run by CI where Spectral is installed).
 */
class OpenApiDocumentenE2ETest {

    private static LocalKeten lokaal;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        lokaal = LocalKeten.start(LocalKeten.Options.forTests());
    }

    @AfterAll
    static void stop() {
        lokaal.close();
    }

    @ParameterizedTest
    @EnumSource(KetenService.class)
    void het_openapi_document_volgt_de_api_design_rules(KetenService service) throws Exception {
        HttpResponse<String> antwoord = http.send(HttpRequest.newBuilder(
                URI.create(lokaal.baseUrl(service) + "/api/v1/openapi.json")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(antwoord.statusCode()).isEqualTo(200);
        Path map = Files.createDirectories(Path.of("target", "openapi"));
        Files.writeString(map.resolve(service.naam() + ".json"), antwoord.body());

        JsonNode document = JsonMapper.builder().build().readTree(antwoord.body());
        assertThat(document.at("/info/version").asString()).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(document.at("/info/contact/email").asString()).contains("@");
        assertThat(document.at("/servers/0/url").asString()).isEqualTo("/api/v1");
        for (Map.Entry<String, JsonNode> pad : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operatie : pad.getValue().properties()) {
                JsonNode antwoorden = operatie.getValue().get("responses");
                assertThat(antwoorden.has("400")).as(pad.getKey() + " documenteert 400").isTrue();
                assertThat(antwoorden.has("401")).as(pad.getKey() + " documenteert 401").isTrue();
                for (Map.Entry<String, JsonNode> code : antwoorden.properties()) {
                    if (code.getKey().startsWith("2")) {
                        assertThat(code.getValue().at("/headers/API-Version").isMissingNode())
                                .as(pad.getKey() + " " + code.getKey() + " noemt API-Version").isFalse();
                    }
                }
            }
        }
    }
}
