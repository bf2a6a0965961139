package nl.inburgering.keten.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.ComposeContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.CommandLine;

import nl.inburgering.keten.local.KetenService;
import nl.inburgering.keten.local.tokens.TokenClient;
import nl.inburgering.platform.test.TestBsn;

/**
 * The chain on containers (issue 12, item 6): the root {@code docker-compose.yml} (three KRaft brokers, PostgreSQL
 * with a database per service, the demo token issuer, the five services built from their exec jars by the root
 * {@code Dockerfile}, outside the {@code local} profile) started by Testcontainers through the local
 * {@code docker compose}, and the §3.2 walk-through through its public APIs, with tokens of the compose file's own
 * token issuer (keten-local's jar with {@code --token-issuer-only}); the secrets are random per run (decision 0019).
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

    private static final String TOKENUITGEVER = "token-issuer";
    private static final int TOKENUITGEVER_POORT = 9000;

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
        Path root = projectRoot();
        compose = new ComposeContainer(root.resolve("docker-compose.yml").toFile())
                .withEnv(omgeving())
                .withBuild(true) // the images from this build's exec jars (root Dockerfile)
                .withPull(false) // the services' images exist only here; compose pulls Kafka and PostgreSQL itself
                .withRemoveVolumes(true);
        for (KetenService service : KetenService.values()) {
            compose.withExposedService(service.naam(), service.defaultPort(),
                    Wait.forHttp("/actuator/health/readiness").forStatusCode(200).withStartupTimeout(SERVICE_KLAAR));
        }
        compose.withExposedService(TOKENUITGEVER, TOKENUITGEVER_POORT,
                Wait.forHttp("/oauth2/jwks").forStatusCode(200).withStartupTimeout(SERVICE_KLAAR));
        compose.start();

        Map<KetenService, String> baseUrls = new EnumMap<>(KetenService.class);
        for (KetenService service : KetenService.values()) {
            baseUrls.put(service, "http://" + compose.getServiceHost(service.naam(), service.defaultPort()) + ":"
                    + compose.getServicePort(service.naam(), service.defaultPort()));
        }
        TokenClient tokens = new TokenClient("http://" + compose.getServiceHost(TOKENUITGEVER, TOKENUITGEVER_POORT) + ":"
                + compose.getServicePort(TOKENUITGEVER, TOKENUITGEVER_POORT));
        keten = new Keten(baseUrls::get, (client, service) -> tokens.token(client, service));
    }

    @AfterAll
    static void stopDeKeten() {
        if (compose != null) {
            compose.stop();
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

    /** What {@code scripts/compose-env.sh} writes to {@code .env}: random secrets (no issuer: the compose file's). */
    private static Map<String, String> omgeving() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("POSTGRES_PASSWORD", geheim());
        for (String service : new String[] {"IND", "DUO", "COA", "GEMEENTE", "INSTELLING"}) {
            env.put(service + "_DB_PASSWORD", geheim());
            env.put(service + "_PSEUDONIMISERING_SLEUTEL", geheim());
        }
        return env;
    }

    private static String geheim() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
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
