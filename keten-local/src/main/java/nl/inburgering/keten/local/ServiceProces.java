package nl.inburgering.keten.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service as a JVM of its own: {@code java -jar <service>-exec.jar}, configured through its environment the
 * way a partner deploys it (README, Deploy). Its output goes to a log file; {@link #stop()} ends the process tree.
 */
final class ServiceProces {

    private static final Duration POLL = Duration.ofMillis(250);

    private final KetenService service;
    private final Process process;
    private final int port;
    private final Path log;
    private final long begin;

    private ServiceProces(KetenService service, Process process, int port, Path log, long begin) {
        this.service = service;
        this.process = process;
        this.port = port;
        this.log = log;
        this.begin = begin;
    }

    /**
     * Starts the jar with this environment (added to a copy of ours without {@code SPRING_*}, {@code KETEN_*},
     * {@code SERVER_*} and {@code JAVA_TOOL_OPTIONS}, so a developer's shell does not leak in) and arguments.
     */
    static ServiceProces start(KetenService service, Path jar, int port, List<String> jvmOptions,
            Map<String, String> environment, List<String> arguments, Path log) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("KETEN_") || k.startsWith("SERVER_")
                || k.equals("JAVA_TOOL_OPTIONS") || k.equals("JDK_JAVA_OPTIONS"));
        env.putAll(environment);
        try {
            Files.createDirectories(log.getParent());
            builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            return new ServiceProces(service, builder.start(), port, log, System.nanoTime());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + service.naam() + " (" + jar + ")", e);
        }
    }

    /**
     * Waits until {@code /actuator/health/readiness} answers 200; throws with the end of the log when the process
     * ends first or the time is up (after stopping it).
     */
    Duration waitUntilReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.naam() + " (pid " + process.pid() + ") ended with exit code "
                        + process.exitValue() + " before it was ready; the end of " + log + ":\n" + tail(40));
            }
            try {
                if (http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - begin);
                }
            } catch (ConnectException | java.net.http.HttpTimeoutException e) {
                // not listening yet
            } catch (IOException e) {
                // the server is coming up
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop();
                throw new IllegalStateException("interrupted while waiting for " + service.naam(), e);
            }
            if (System.nanoTime() > deadline) {
                String tail = tail(40);
                stop();
                throw new IllegalStateException(service.naam() + " (pid " + process.pid() + ") was not ready within "
                        + timeout.toSeconds() + " s; the end of " + log + ":\n" + tail);
            }
            try {
                Thread.sleep(POLL.toMillis()); // polling a child process's probe, not a test waiting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop();
                throw new IllegalStateException("interrupted while waiting for " + service.naam(), e);
            }
        }
    }

    /** Stops the process and whatever it started: SIGTERM (Spring's graceful shutdown), after 30 s SIGKILL. */
    void stop() {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        descendants.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        for (ProcessHandle child : descendants) {
            if (child.isAlive()) {
                child.destroyForcibly();
            }
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    int port() {
        return port;
    }

    Path log() {
        return log;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    private String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e + ")";
        }
    }
}
