package nl.inburgering.keten.local;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** LocalKeten itself: what it starts and where. The business process is tested end to end elsewhere. */
class LocalKetenTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void starts_every_service_on_its_own_port_with_health_and_openapi_and_stops_them_all() throws Exception {
        LocalKeten keten = LocalKeten.start(LocalKeten.Options.forTests());
        try {
            assertThat(keten.services()).containsExactlyInAnyOrder(KetenService.values());
            for (KetenService service : KetenService.values()) {
                assertThat(get(keten.baseUrl(service) + "/actuator/health").statusCode())
                        .as(service.naam() + " health").isEqualTo(200);
                assertThat(get(keten.baseUrl(service) + "/api/v1/openapi.json").statusCode())
                        .as(service.naam() + " openapi").isEqualTo(200);
                assertThat(keten.context(service).getEnvironment().getProperty("spring.kafka.bootstrap-servers"))
                        .isEqualTo(keten.bootstrapServers());
                assertThat(keten.context(service).getEnvironment().getProperty("spring.datasource.url"))
                        .isEqualTo(keten.jdbcUrl(service));
            }
            assertThat(keten.baseUrl("gemeente-service")).isEqualTo(keten.baseUrl(KetenService.GEMEENTE));
            System.out.println("LocalKeten start times: " + keten.startTimesText());
        } finally {
            keten.close();
        }
        assertThat(keten.services()).isEmpty();
        assertThat(keten.kafka().isRunning()).isFalse();
        assertThat(keten.dataDir()).doesNotExist();
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
