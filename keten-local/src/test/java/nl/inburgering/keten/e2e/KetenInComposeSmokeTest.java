package nl.inburgering.keten.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.ComposeContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.CommandLine;

import nl.inburgering.keten.local.KetenService;
import nl.inburgering.keten.local.tokens.DemoClient;
import nl.inburgering.keten.local.tokens.LocalTokenIssuer;
import nl.inburgering.platform.test.TestBsn;

/**
 * The chain on containers (issue 12, item 6): the root {@code docker-compose.yml} (three KRaft brokers, PostgreSQL
 * with a database per service, the five services built from their exec jars by the root {@code Dockerfile},
 * outside the {@code local} profile) started by Testcontainers through the local {@code docker compose}, and the
 * §3.2 walk-through through its public APIs.
 *
 * <p>The compose file has no token issuer (decision 0009). This test runs keten-local's {@link LocalTokenIssuer}
 * on the Docker host and gives it to the services through the {@code .env} variables of the compose file:
 * {@code KETEN_TOKEN_ISSUER} its {@code iss} ({@code http://localhost:<port>}), {@code KETEN_TOKEN_JWKS_URI} its
 * keys as the containers reach the host ({@code host.docker.internal}, added by {@code compose/smoke-test.yml}),
 * and the roles and organisations of its demo clients; the secrets are random per run (decision 0019).
 *
 * <p>Without a Docker engine (or without the {@code docker} command for {@code docker compose}) the test is
 * skipped and says so in one line. Where it runs, it needs the compose file's host ports (8081 to 8085, 15432,
 * 19092, 29092, 39092) free: not next to a running keten-local.
 */
@EnabledIf(value = "dockerComposeAanwezig", disabledReason = "no Docker engine (or no docker command)")
class KetenInComposeSmokeTest {

    private static final String AMSTERDAM = "0363";
    private static final String ROTTERDAM = "0599";
    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final Duration SERVICE_KLAAR = Duration.ofMinutes(6);
    private static final Duration BINNEN = Duration.ofSeconds(90);

    private static LocalTokenIssuer uitgever;
    private static ComposeContainer compose;
    private static Keten keten;

    /** Skipped (and said so in one line) without a Docker engine or without {@code docker} for compose. */
    static boolean dockerComposeAanwezig() {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            System.out.println("compose smoke test skipped: no Docker engine");
            return false;
        }
        if (!CommandLine.executableExists(ComposeContainer.COMPOSE_EXECUTABLE)) {
            System.out.println("compose smoke test skipped: a Docker engine, but no docker command (docker compose) on the PATH");
            return false;
        }
        return true;
    }

    @BeforeAll
    static void startDeKetenOpContainers() throws Exception {
        // On every address of the host: the containers come in through the Docker network's gateway. Its clients'
        // secrets are public, its key is new at every start and trusted only by this run's containers.
        uitgever = LocalTokenIssuer.start(0, DemoClient.ALLE, Map.of("server.address", "0.0.0.0"));
        Path root = projectRoot();
        compose = new ComposeContainer(root.resolve("docker-compose.yml").toFile(), overrideBestand())
                .withEnv(omgeving(uitgever))
                .withBuild(true) // the images from this build's exec jars (root Dockerfile)
                .withPull(false) // the services' images exist only here; compose pulls Kafka and PostgreSQL itself
                .withRemoveVolumes(true);
        for (KetenService service : KetenService.values()) {
            compose.withExposedService(service.naam(), service.defaultPort(),
                    Wait.forHttp("/actuator/health/readiness").forStatusCode(200).withStartupTimeout(SERVICE_KLAAR));
        }
        compose.start();

        Map<KetenService, String> baseUrls = new EnumMap<>(KetenService.class);
        for (KetenService service : KetenService.values()) {
            baseUrls.put(service, "http://" + compose.getServiceHost(service.naam(), service.defaultPort()) + ":"
                    + compose.getServicePort(service.naam(), service.defaultPort()));
        }
        keten = new Keten(baseUrls::get, (client, service) -> uitgever.client().token(client, service));
    }

    @AfterAll
    static void stopDeKeten() {
        if (compose != null) {
            compose.stop();
        }
        if (uitgever != null) {
            uitgever.close();
        }
    }

    @Test
    void een_gezinsmigrant_ingeschreven_in_amsterdam_wordt_door_duo_plichtig_verklaard_en_amsterdam_ziet_hem() {
        LocalDate vandaag = LocalDate.now(NL);
        String bsn = TestBsn.nieuw();
        String geboren = vandaag.minusYears(30).toString();

        assertThat(keten.brpInschrijving(bsn, AMSTERDAM, vandaag.minusDays(7).toString(), geboren).status())
                .isEqualTo(201);
        assertThat(keten.verblijfsvergunning("7" + bsn.substring(0, 9), bsn, geboren, "MA", "GEZINSHERENIGING",
                vandaag.minusMonths(1).toString()).status()).isEqualTo(201);

        await().atMost(BINNEN).until(() -> keten.werkvoorraad(AMSTERDAM).findValuesAsString("bsn").contains(bsn));
        var plicht = keten.duoM2m(AMSTERDAM, "/personen/" + bsn + "/inburgeringsplicht");
        assertThat(plicht.status()).isEqualTo(200);
        assertThat(plicht.body().get("indicatorInburgeringsplicht").asBoolean()).isTrue();
        assertThat(keten.werkvoorraad(ROTTERDAM).findValuesAsString("bsn")).doesNotContain(bsn);
    }

    /** What {@code scripts/compose-env.sh} writes to {@code .env}: random secrets, and the issuer to trust. */
    private static Map<String, String> omgeving(LocalTokenIssuer uitgever) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("POSTGRES_PASSWORD", geheim());
        for (String service : new String[] {"IND", "DUO", "COA", "GEMEENTE", "INSTELLING"}) {
            env.put(service + "_DB_PASSWORD", geheim());
            env.put(service + "_PSEUDONIMISERING_SLEUTEL", geheim());
        }
        env.put("KETEN_TOKEN_ISSUER", uitgever.url());
        env.put("KETEN_TOKEN_JWKS_URI", "http://host.docker.internal:" + uitgever.port() + "/oauth2/jwks");
        env.put("KETEN_TOKEN_ROLLEN", String.join(",",
                uitgever.clients().stream().map(c -> c.rol().name()).distinct().toList()));
        env.put("KETEN_TOKEN_ORGANISATIES", String.join(",", uitgever.clients().stream()
                .flatMap(c -> Stream.of(c.organisatieOin(), c.gemeentecode(), c.instellingsnummer()))
                .filter(Objects::nonNull).distinct().toList()));
        return env;
    }

    private static String geheim() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static File overrideBestand() throws URISyntaxException {
        return Path.of(Objects.requireNonNull(KetenInComposeSmokeTest.class.getResource("/compose/smoke-test.yml"))
                .toURI()).toFile();
    }

    /** The repository root: the folder with docker-compose.yml, from the working directory upwards. */
    private static Path projectRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("docker-compose.yml")) && Files.isDirectory(p.resolve("keten-local"))) {
                return p;
            }
        }
        throw new IllegalStateException("no docker-compose.yml found from " + Path.of("").toAbsolutePath() + " upwards");
    }
}
