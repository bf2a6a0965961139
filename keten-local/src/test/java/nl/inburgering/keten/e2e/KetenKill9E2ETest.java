package nl.inburgering.keten.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.inburgering.keten.local.KetenService;
import nl.inburgering.keten.local.LocalKeten;
import nl.inburgering.keten.local.VrijePoort;
import nl.inburgering.keten.local.tokens.TokenClient;

/**
 * keten-local killed with {@code kill -9} under load, restarted on its data and drained: every person whose facts
 * got a 2xx has the expected facts exactly once at every partner; a fact that got no answer may or may not exist,
 * but never twice. The first chain runs as a process of its own ({@link KetenInEenKindproces}); the restart is
 * {@code LocalKeten} on the same data folder and ports in this JVM.
 */
class KetenKill9E2ETest {

    private Path dataDir;
    private Process kind;
    private LocalKeten herstart;

    @AfterEach
    void ruimOp() throws IOException {
        if (kind != null && kind.isAlive()) {
            kind.destroyForcibly();
        }
        if (herstart != null) {
            herstart.close();
        }
        if (dataDir != null) {
            try (var paden = Files.walk(dataDir)) {
                paden.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void een_keten_die_onder_belasting_met_kill_9_stopt_heeft_na_herstart_elk_bevestigd_feit_precies_een_keer_bij_elke_partner()
            throws Exception {
        dataDir = Files.createTempDirectory("keten-kill9-");
        int[] poorten = {VrijePoort.kies(), VrijePoort.kies(), VrijePoort.kies(), VrijePoort.kies(), VrijePoort.kies(), VrijePoort.kies()};
        Path log = Path.of("target", "keten-kill9-kindproces.log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        List<String> opdracht = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx640m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                KetenInEenKindproces.class.getName(), dataDir.toString()));
        for (int poort : poorten) {
            opdracht.add(String.valueOf(poort));
        }
        kind = new ProcessBuilder(opdracht).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            assertThat(kind.isAlive()).as("het kindproces draait (zie " + log + ")").isTrue();
            return Files.readString(log).contains(KetenInEenKindproces.KLAAR);
        });

        TokenClient tokens = new TokenClient("http://localhost:" + poorten[2]);
        Keten keten = new Keten(service -> "http://localhost:" + switch (service) {
            case IND -> poorten[3];
            case DUO -> poorten[4];
            case GEMEENTE -> poorten[5];
            default -> throw new IllegalArgumentException(service.naam());
        }, tokens::token);
        Feitenstroom stroom = new Feitenstroom(() -> keten, 40);
        CompletableFuture<Void> loopt = CompletableFuture.runAsync(() -> stroom.voerUit(6));
        await().atMost(Duration.ofMinutes(3)).until(() -> stroom.beantwoord() >= stroom.totaal() * 2 / 5);

        kind.destroyForcibly(); // SIGKILL: no shutdown hook, the broker dies with it, PostgreSQL is left running
        int beantwoordBijKill = stroom.beantwoord();
        assertThat(kind.waitFor(60, TimeUnit.SECONDS)).isTrue();
        stroom.stop();
        loopt.get(3, TimeUnit.MINUTES);

        herstart = LocalKeten.start(KetenInEenKindproces.opties(dataDir, poorten));
        Ketenbalans balans = new Ketenbalans(herstart.bootstrapServers(), herstart.postgres().jdbcUrl(""));
        stroom.wachtTotVerwerkt(balans, Duration.ofMinutes(4));

        assertThat(stroom.volledig()).as("een deel van de personen kreeg al hun antwoorden voor de kill").isNotEmpty();
        Feitenstroom.meldEnBewijs("kill-9", 1, stroom, stroom.controleer(balans), "answeredAtKill="
                + beantwoordBijKill + "/" + stroom.totaal() + " noAnswer=" + stroom.afgebroken().size());
    }

}
