package nl.inburgering.keten.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.inburgering.keten.local.tokens.TokenClient;

/**
 * {@code ./keten-local.sh} as a user runs it: the launcher ({@link KetenLocalApplication}) as a process of its own,
 * its console read line by line. Issue 12, item 7: the console shows where to go and the demo persons, not every
 * Kafka partition assignment; and with {@code --separate-processes} a launcher killed with {@code kill -9} leaves
 * no service process behind.
 */
class KetenLocalLauncherTest {

    private static final Duration GESTART = Duration.ofMinutes(8);
    /** Elif, a demo person (gezinsvormer, inburgeringsplichtig in Rotterdam). */
    private static final String ELIF = "333441011";

    @TempDir
    Path data;

    @Test
    void de_console_toont_waar_je_heen_moet_en_de_demopersonen_maar_geen_partitietoewijzingen() {
        try (Launcher launcher = Launcher.start(data, "--demo")) {
            launcher.wachtTotHijDraait();
            int totHijDraait = launcher.regels().size();
            // The partitions are assigned seconds after the start; a demo person that reached his gemeente went
            // through the listeners of IND, DUO and the gemeente, after they had theirs.
            TokenClient tokens = new TokenClient("http://localhost:" + launcher.tokenIssuerPoort);
            await().atMost(Duration.ofMinutes(2)).until(() -> werkvoorraad(launcher, tokens, "klantmanager-rotterdam")
                    .contains(ELIF));
            List<String> console = launcher.regels();
            System.out.println("keten-local console (--demo, one JVM): " + totHijDraait + " lines until it runs, "
                    + console.size() + " once the demo persons have reached their gemeente");

            assertThat(console).noneMatch(r -> r.toLowerCase().contains("partitions assigned")
                    || r.toLowerCase().contains("assigned partitions"));
            assertWaarJeHeenMoet(launcher, console);
            assertThat(console).anyMatch(r -> r.startsWith("Demo data (made-up BSNs)"));
            assertThat(console).anyMatch(r -> r.contains("BSN ") && r.contains("gemeente 0363"));
        }
    }

    @Test
    void met_aparte_processen_laat_een_gekilde_launcher_geen_dienstprocessen_achter() {
        try (Launcher launcher = Launcher.start(data, "--separate-processes")) {
            launcher.wachtTotHijDraait();
            assertWaarJeHeenMoet(launcher, launcher.regels());
            List<ProcessHandle> diensten = launcher.dienstprocessen();
            assertThat(diensten).as("the five service JVMs").hasSize(KetenService.values().length);

            long gekild = System.nanoTime();
            launcher.kill9();

            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(diensten)
                    .as("service processes alive after kill -9 of keten-local").noneMatch(ProcessHandle::isAlive));
            System.out.printf("the five service processes were gone %.1f s after kill -9 of keten-local%n",
                    (System.nanoTime() - gekild) / 1e9);
        }
    }

    @Test
    void met_stop_after_start_stopt_hij_zodra_alles_draait_en_laat_niets_achter() {
        try (Launcher launcher = Launcher.start(data, "--stop-after-start")) {
            int exitcode = launcher.wachtOpEinde();

            assertThat(launcher.regels()).as("it started first").contains("keten-local is running. Ctrl-C stops it.");
            assertThat(launcher.regels()).contains(KetenLocalApplication.GESTOPT_NA_START);
            assertThat(exitcode).as("a training start that started exits with 0").isZero();
            assertThat(Files.exists(data.resolve("pgdata").resolve("postmaster.pid")))
                    .as("PostgreSQL was stopped by the shutdown hook").isFalse();
            assertThat(poortInGebruik(launcher.kafkaPoort)).as("the broker was stopped").isFalse();
            assertThat(poortInGebruik(launcher.poort(KetenService.GEMEENTE))).as("the services were stopped").isFalse();
        }
    }

    private static String werkvoorraad(Launcher launcher, TokenClient tokens, String klantmanager) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:"
                        + launcher.poort(KetenService.GEMEENTE) + "/api/v1/inburgeraars?paginaGrootte=100"))
                .header("Authorization", "Bearer " + tokens.token(klantmanager, KetenService.GEMEENTE.naam()))
                .GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    private static void assertWaarJeHeenMoet(Launcher launcher, List<String> console) {
        for (KetenService service : KetenService.values()) {
            String url = "http://localhost:" + launcher.poort(service);
            assertThat(console).as(service.naam()).anyMatch(r -> r.startsWith(service.naam()) && r.contains(url)
                    && r.contains(url + "/api/v1/openapi.json"));
        }
        assertThat(console).anyMatch(r -> r.startsWith("token issuer")
                && r.contains("http://localhost:" + launcher.tokenIssuerPoort));
        assertThat(console).anyMatch(r -> r.startsWith("token clients") && r.contains("klantmanager-amsterdam"));
        assertThat(console).anyMatch(r -> r.startsWith("Kafka") && r.contains("localhost:" + launcher.kafkaPoort));
        assertThat(console).anyMatch(r -> r.startsWith("PostgreSQL"));
    }

    @Test
    void als_losse_tokenuitgever_start_hij_alleen_de_uitgever_met_de_iss_die_de_containers_vertrouwen() throws Exception {
        try (Launcher launcher = Launcher.start(data, "--token-issuer-only",
                "--token-issuer-url=http://token-issuer:9000")) {
            launcher.wachtTot(KetenLocalApplication.TOKENUITGIFTE_DRAAIT);

            String token = new TokenClient("http://localhost:" + launcher.tokenIssuerPoort)
                    .token("klantmanager-amsterdam", "gemeente-service");
            String claims = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                    StandardCharsets.UTF_8);
            assertThat(claims).as("the iss the services in the compose network trust")
                    .contains("\"iss\":\"http://token-issuer:9000\"");
            assertThat(launcher.regels()).contains("KETEN_TOKEN_ISSUER=http://token-issuer:9000",
                    "KETEN_TOKEN_JWKS_URI=http://token-issuer:9000/oauth2/jwks");
            assertThat(launcher.regels()).anyMatch(r -> r.startsWith("KETEN_TOKEN_ROLLEN=")
                    && r.contains("KLANTMANAGER") && r.contains("INSTELLING_MEDEWERKER"));
            assertThat(launcher.regels()).anyMatch(r -> r.startsWith("KETEN_TOKEN_ORGANISATIES=") && r.contains("0363"));
            assertThat(poortInGebruik(launcher.kafkaPoort)).as("no Kafka broker").isFalse();
            assertThat(poortInGebruik(launcher.postgresPoort)).as("no PostgreSQL").isFalse();
            assertThat(poortInGebruik(launcher.poort(KetenService.GEMEENTE))).as("no service").isFalse();
        }
    }

    private static boolean poortInGebruik(int poort) {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new InetSocketAddress("localhost", poort), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The launcher in a JVM of its own, on free ports, with its data in a temporary folder. */
    private static final class Launcher implements AutoCloseable {

        private final Process proces;
        private final Path data;
        private final List<String> regels = Collections.synchronizedList(new ArrayList<>());
        private final int kafkaPoort = vrijePoort();
        private final int postgresPoort = vrijePoort();
        private final int tokenIssuerPoort = vrijePoort();
        private final int[] dienstPoorten = new int[KetenService.values().length];
        private List<ProcessHandle> nakomelingen = List.of();

        private Launcher(Path data, String... opties) {
            this.data = data;
            for (int i = 0; i < dienstPoorten.length; i++) {
                dienstPoorten[i] = vrijePoort();
            }
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                    "-cp", System.getProperty("java.class.path"), KetenLocalApplication.class.getName(),
                    "--data-dir=" + data, "--kafka-port=" + kafkaPoort, "--postgres-port=" + postgresPoort,
                    "--token-issuer-port=" + tokenIssuerPoort));
            for (KetenService service : KetenService.values()) {
                command.add("--" + service.naam() + "-port=" + poort(service));
            }
            command.addAll(List.of(opties));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("KETEN_")
                    || k.equals("JAVA_TOOL_OPTIONS"));
            try {
                proces = builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Thread lezer = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(
                        new InputStreamReader(proces.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String regel; (regel = in.readLine()) != null; ) {
                        regels.add(regel);
                        System.out.println("[keten-local] " + regel);
                    }
                } catch (IOException e) {
                    // the launcher is gone
                }
            }, "keten-local-console");
            lezer.setDaemon(true);
            lezer.start();
        }

        static Launcher start(Path data, String... opties) {
            return new Launcher(data, opties);
        }

        int poort(KetenService service) {
            return dienstPoorten[service.ordinal()];
        }

        void wachtTotHijDraait() {
            wachtTot("keten-local is running. Ctrl-C stops it.");
        }

        void wachtTot(String regel) {
            await().atMost(GESTART).until(() -> regels().contains(regel) || !proces.isAlive());
            assertThat(proces.isAlive()).as("keten-local is running; its console:%n%s", String.join("\n", regels()))
                    .isTrue();
            nakomelingen = proces.descendants().toList();
        }

        /** Waits until the launcher ends by itself; its exit code. */
        int wachtOpEinde() {
            await().atMost(GESTART).until(() -> !proces.isAlive());
            return proces.exitValue();
        }

        List<String> regels() {
            synchronized (regels) {
                return List.copyOf(regels);
            }
        }

        /** The services' JVMs: {@code java -jar <service>-exec.jar}, children of the launcher. */
        List<ProcessHandle> dienstprocessen() {
            return proces.children().filter(p -> p.info().arguments()
                    .map(a -> String.join(" ", a).contains("-exec.jar")).orElse(false)).toList();
        }

        /** {@code kill -9}: no shutdown hook runs. */
        void kill9() {
            nakomelingen = proces.descendants().toList();
            proces.destroyForcibly();
            try {
                proces.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Ctrl-C (SIGTERM); and whatever a failed test or a kill -9 left behind is stopped here. */
        @Override
        public void close() {
            if (proces.isAlive()) {
                nakomelingen = proces.descendants().toList();
                proces.destroy();
                try {
                    if (!proces.waitFor(90, TimeUnit.SECONDS)) {
                        proces.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            for (ProcessHandle p : nakomelingen) {
                if (p.isAlive() && !p.info().command().map(c -> c.contains("postgres")).orElse(false)) {
                    p.destroyForcibly();
                }
            }
            Path pgdata = data.resolve("pgdata");
            if (Files.isDirectory(pgdata)) {
                LocalPostgres.stopOrphanedPostmaster(pgdata.toAbsolutePath());
            }
        }

        private static int vrijePoort() {
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(true);
                socket.bind(new InetSocketAddress("localhost", 0));
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
