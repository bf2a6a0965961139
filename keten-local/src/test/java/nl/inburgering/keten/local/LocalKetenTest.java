package nl.inburgering.keten.local;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;

import com.nimbusds.jose.jwk.source.JWKSource;

import ch.qos.logback.classic.LoggerContext;

import nl.inburgering.keten.local.tokens.DemoClient;

import static org.assertj.core.api.Assertions.assertThat;

/** LocalKeten itself: what it starts and where. The business process is tested end to end elsewhere. */
class LocalKetenTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void starts_the_token_issuer_and_every_service_on_its_own_port_with_health_and_openapi_and_stops_them_all()
            throws Exception {
        LocalKeten keten = LocalKeten.start(LocalKeten.Options.forTests());
        try {
            assertThat(keten.services()).containsExactlyInAnyOrder(KetenService.values());
            assertThat(keten.tokenIssuerUrl()).isEqualTo("http://localhost:" + keten.tokenIssuer().port());
            for (KetenService service : KetenService.values()) {
                assertThat(get(keten.baseUrl(service) + "/actuator/health/readiness", null).statusCode())
                        .as(service.naam() + " readiness").isEqualTo(200);
                assertThat(get(keten.baseUrl(service) + "/api/v1/openapi.json", null).statusCode())
                        .as(service.naam() + " openapi").isEqualTo(200);
                Environment env = keten.context(service).getEnvironment();
                assertThat(env.getProperty("spring.kafka.bootstrap-servers")).isEqualTo(keten.bootstrapServers());
                assertThat(env.getProperty("spring.datasource.url")).isEqualTo(keten.jdbcUrl(service));
                assertThat(env.getProperty("keten.security.vertrouwde-uitgevers[0].issuer"))
                        .isEqualTo(keten.tokenIssuerUrl());
                assertThat(env.getProperty("keten.security.vertrouwde-uitgevers[0].jwk-set-uri"))
                        .isEqualTo(keten.tokenIssuerUrl() + "/oauth2/jwks");
                // the authorization server on the classpath is the issuer's, not the services'
                assertThat(keten.context(service).getBeanNamesForType(AuthorizationServerSettings.class))
                        .as(service.naam()).isEmpty();
                assertThat(keten.context(service).getBeanNamesForType(JWKSource.class)).as(service.naam()).isEmpty();
                // only this machine: the demo secrets are public
                assertThat(boundTo(keten.context(service)).isLoopbackAddress()).as(service.naam()).isTrue();
                // metrics for the monitoring client, not for a partner's token
                assertThat(get(keten.baseUrl(service) + "/actuator/prometheus", keten.token("monitoring", service))
                        .statusCode()).as(service.naam() + " prometheus").isEqualTo(200);
                assertThat(get(keten.baseUrl(service) + "/actuator/prometheus",
                        keten.token("szw-medewerker", service)).statusCode()).as(service.naam()).isEqualTo(403);
                // Tomcat's own refusal of an encoded slash would be an empty 400 without security headers
                HttpResponse<String> slash = get(keten.baseUrl(service) + "/api/v1/x%2F..%2Factuator", null);
                assertThat(slash.statusCode()).as(service.naam() + " encoded slash").isEqualTo(400);
                assertThat(slash.headers().firstValue("Content-Type")).hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(slash.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
                // and what Tomcat refuses itself: a NUL in the path, TRACE (platform TomcatFoutenTest has them all)
                HttpResponse<String> nul = get(keten.baseUrl(service) + "/api/v1/x%00", null);
                HttpResponse<String> trace = http.send(HttpRequest.newBuilder(
                        URI.create(keten.baseUrl(service) + "/api/v1/openapi.json"))
                        .method("TRACE", HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.ofString());
                for (HttpResponse<String> tomcat : java.util.List.of(nul, trace)) {
                    assertThat(tomcat.headers().firstValue("Content-Type")).as(service.naam() + " " + tomcat.uri())
                            .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                    assertThat(tomcat.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
                    assertThat(tomcat.body()).doesNotContain("<html");
                }
                assertThat(nul.statusCode()).as(service.naam() + " %00").isEqualTo(400);
                assertThat(trace.statusCode()).as(service.naam() + " TRACE").isEqualTo(405);
            }
            assertThat(keten.baseUrl("gemeente-service")).isEqualTo(keten.baseUrl(KetenService.GEMEENTE));
            // The five share this JVM's Logback: none counts the others' log events, and no filter of five is asked
            // on every isTraceEnabled of every library.
            assertThat(((LoggerContext) LoggerFactory.getILoggerFactory()).getTurboFilterList())
                    .noneMatch(filter -> filter.getClass().getName().startsWith("io.micrometer"));
            System.out.println("LocalKeten start times: " + keten.startTimesText());
        } finally {
            keten.close();
        }
        assertThat(keten.services()).isEmpty();
        assertThat(keten.tokenIssuer().isRunning()).isFalse();
        assertThat(keten.kafka().isRunning()).isFalse();
        assertThat(keten.dataDir()).doesNotExist();
    }

    @Test
    void a_service_accepts_a_token_of_the_local_issuer_for_itself_and_refuses_one_for_another_service_or_none()
            throws Exception {
        DemoClient haarlem = DemoClient.gemeente("klantmanager-haarlem", DemoClient.Rol.GEMEENTE_KLANTMANAGER, "0392",
                "00000001002220647999", "a client a test added");
        try (LocalKeten keten = LocalKeten.start(LocalKeten.Options.forTests().services(KetenService.GEMEENTE)
                .tokenClient(haarlem))) {
            String werkvoorraad = keten.baseUrl(KetenService.GEMEENTE) + "/api/v1/inburgeraars";

            assertThat(get(werkvoorraad, keten.token("klantmanager-amsterdam", "gemeente-service")).statusCode())
                    .isEqualTo(200);
            assertThat(get(werkvoorraad, keten.token("klantmanager-haarlem", KetenService.GEMEENTE)).statusCode())
                    .as("an added client").isEqualTo(200);
            assertThat(get(werkvoorraad, keten.token("klantmanager-amsterdam", KetenService.DUO)).statusCode())
                    .as("aud duo-service").isEqualTo(401);
            assertThat(get(werkvoorraad, null).statusCode()).as("no token").isEqualTo(401);
        }
    }

    private static java.net.InetAddress boundTo(org.springframework.context.ConfigurableApplicationContext context) {
        var server = (org.springframework.boot.tomcat.TomcatWebServer)
                ((org.springframework.boot.web.server.context.WebServerApplicationContext) context).getWebServer();
        return (java.net.InetAddress) server.getTomcat().getConnector().getProperty("address");
    }

    private HttpResponse<String> get(String url, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
