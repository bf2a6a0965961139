package nl.inburgering.keten.local;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.slf4j.LoggerFactory;

import nl.inburgering.keten.local.tokens.DemoClient;
import nl.inburgering.keten.local.tokens.LocalTokenIssuer;

/**
 * Runs the whole chain on this machine: a Kafka broker on 9092, PostgreSQL on 5433, the local token issuer on 9000
 * and the five services on 8081 to 8085, with their data in {@code .keten-local/} under the working directory.
 * Ctrl-C stops everything.
 *
 * <pre>
 * ./keten-local.sh [--reset] [--demo] [--data-dir=PATH] [--kafka-port=N] [--postgres-port=N]
 *                  [--token-issuer-port=N] [--ind-service-port=N ...] [--sequential] [--separate-processes]
 *                  [--stop-after-start] [--verbose] [--any.spring.property=value ...]
 * </pre>
 */
public final class KetenLocalApplication {

    static {
        // Before the first logger exists: the broker and PostgreSQL start before any Spring context, and
        // Logback's built-in default would print the broker's DEBUG output.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "keten-local-logback.xml");
        }
    }

    static final Path DEFAULT_DATA_DIR = Path.of(".keten-local");

    /** {@code --verbose}: the Spring property it sets for every service and the token issuer. */
    static final String VERBOSE_PROPERTY = "logging.level.root";

    private KetenLocalApplication() {
    }

    public static void main(String[] args) throws InterruptedException {
        // Logback is now configured from keten-local-logback.xml; the services get the same file through
        // logging.config, and Spring Boot warns about the system property, so remove it again.
        LoggerFactory.getILoggerFactory();
        if ("keten-local-logback.xml".equals(System.getProperty("logback.configurationFile"))) {
            System.clearProperty("logback.configurationFile");
        }
        PrintStream out = System.out;
        Arguments a;
        try {
            a = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println();
            System.err.println(usage());
            System.exit(2);
            return;
        }
        if (a.help) {
            out.println(usage());
            return;
        }
        if (a.tokenIssuerOnly) {
            alleenTokenuitgifte(a, out);
            return;
        }

        LocalKeten.Options options = LocalKeten.Options.local(a.dataDir)
                .kafkaPort(a.kafkaPort)
                .postgresPort(a.postgresPort)
                .tokenIssuerPort(a.tokenIssuerPort)
                .parallel(!a.sequential)
                .separateProcesses(a.separateProcesses)
                // With separate processes this is the launcher's own logging (the issuer, the broker); each
                // service logs to .keten-local/logs/<service>.log with its own (the local profile's) configuration.
                .processLogDir(a.dataDir.resolve("logs"))
                .property("logging.config", "classpath:keten-local-logback.xml")
                .properties(a.properties);
        a.servicePorts.forEach(options::port);
        options.notificatiesVoor(a.notificatieGemeenten.toArray(String[]::new));

        // A PostgreSQL that a killed keten-local (kill -9) left running on this data would hold its port.
        LocalPostgres.stopOrphanedPostmaster(a.dataDir.resolve("pgdata").toAbsolutePath());
        List<String> taken = takenPorts(a);
        if (!taken.isEmpty()) {
            System.err.println("keten-local cannot start: " + String.join(", ", taken)
                    + " already in use. Is keten-local already running? Otherwise choose other ports, e.g. "
                    + "--kafka-port=19092 --postgres-port=15433 --token-issuer-port=19000 --gemeente-service-port=18084"
                    + " (see --help).");
            System.exit(1);
        }
        if (a.reset) {
            out.println("--reset: deleting " + a.dataDir.toAbsolutePath());
            FileTrees.delete(a.dataDir);
        }

        out.println("Starting keten-local: Kafka, PostgreSQL, the token issuer and " + KetenService.values().length
                + " services ...");
        LocalKeten keten;
        try {
            keten = LocalKeten.start(options);
        } catch (RuntimeException e) {
            System.err.println();
            System.err.println("keten-local did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        printWhereToGo(keten, out);
        if (a.demo) {
            new DemoData(keten::baseUrl, keten::token, out, LocalDate.now()).load();
        }
        out.println();
        out.println("keten-local is running. Ctrl-C stops it.");
        if (a.stopAfterStart) {
            // A training start (keten-local.sh's class data sharing archive is written when the JVM exits
            // normally): the shutdown hook stops the services, the broker and PostgreSQL as on Ctrl-C.
            out.println(GESTOPT_NA_START);
            System.exit(0);
        }

        // Keep main alive until the JVM shuts down; LocalKeten's shutdown hook stops everything in order.
        CountDownLatch forever = new CountDownLatch(1);
        forever.await();
    }

    /**
     * {@code --token-issuer-only}: the local token issuer and nothing else, e.g. as the compose file's
     * {@code token-issuer} container. Its {@code iss} is {@code --token-issuer-url} (the name the services reach it
     * by); it prints what the services must trust, in the form of the compose file's {@code .env}.
     */
    private static void alleenTokenuitgifte(Arguments a, PrintStream out) throws InterruptedException {
        LocalTokenIssuer uitgever;
        try {
            uitgever = startTokenuitgifte(a);
        } catch (RuntimeException e) {
            System.err.println("the token issuer did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(uitgever::close, "token-issuer-stop"));
        out.printf("token issuer on %s (tokens at %s/oauth2/token), secret %s for every client: %s%n", uitgever.url(),
                uitgever.url(), DemoClient.SECRET,
                String.join(", ", uitgever.clients().stream().map(DemoClient::clientId).toList()));
        out.println("What the services trust (the compose file's .env):");
        out.println("KETEN_TOKEN_ISSUER=" + uitgever.issuer());
        out.println("KETEN_TOKEN_JWKS_URI=" + uitgever.issuer() + "/oauth2/jwks");
        out.println("KETEN_TOKEN_ROLLEN=" + uitgever.vertrouwdeRollen());
        out.println("KETEN_TOKEN_ORGANISATIES=" + uitgever.vertrouwdeOrganisaties());
        out.println(TOKENUITGIFTE_DRAAIT);
        new CountDownLatch(1).await();
    }

    static final String GESTOPT_NA_START = "--stop-after-start: keten-local started, stopping it again.";

    static final String TOKENUITGIFTE_DRAAIT = "The token issuer is running. Ctrl-C stops it.";

    static LocalTokenIssuer startTokenuitgifte(Arguments a) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("logging.config", "classpath:keten-local-logback.xml");
        properties.put("server.address", a.tokenIssuerAddress);
        if (a.tokenIssuerUrl != null) {
            properties.put(LocalTokenIssuer.ISSUER_PROPERTY, a.tokenIssuerUrl);
        }
        properties.putAll(a.properties);
        return LocalTokenIssuer.start(a.tokenIssuerPort, DemoClient.ALLE, properties);
    }

    static void printWhereToGo(LocalKeten keten, PrintStream out) {
        String line = "-".repeat(118);
        out.println();
        out.println(line);
        out.printf("keten-local started in %.1f s%n", keten.startTimes().get("total").toMillis() / 1000.0);
        out.println(line);
        out.printf("%-20s %-24s %-44s %s%n", "service", "base URL", "OpenAPI", "health");
        for (KetenService service : keten.services()) {
            String url = keten.baseUrl(service);
            out.printf("%-20s %-24s %-44s %s%n", service.naam(), url, url + "/api/v1/openapi.json",
                    url + "/actuator/health/readiness");
        }
        out.println(line);
        String issuer = keten.tokenIssuerUrl();
        out.printf("%-20s %-24s JWKS %s/oauth2/jwks   (every API call needs a token)%n", "token issuer", issuer, issuer);
        out.printf("%-20s %s (secret %s for all)%n", "token clients",
                String.join(", ", keten.tokenIssuer().clients().stream().map(DemoClient::clientId).toList()),
                DemoClient.SECRET);
        out.printf("%-20s curl -s -u klantmanager-amsterdam:%s -d grant_type=client_credentials -d scope=gemeente-service "
                + "%s/oauth2/token%n", "get a token", DemoClient.SECRET, issuer);
        out.printf("%-20s curl -H \"Authorization: Bearer $TOKEN\" %s/api/v1/inburgeraars%n", "use it",
                keten.services().contains(KetenService.GEMEENTE) ? keten.baseUrl(KetenService.GEMEENTE) : "<base URL>");
        out.println(line);
        out.printf("%-20s %s   topics: %s%n", "Kafka", keten.bootstrapServers(), topics(keten.bootstrapServers()));
        out.printf("%-20s jdbc:postgresql://localhost:%d/<db>   user postgres, password postgres   databases: %s%n",
                "PostgreSQL", keten.postgres().port(), String.join(", ", LocalPostgres.DATABASES));
        out.printf("%-20s %s   (kafka/, pgdata/)%n", "data", keten.dataDir());
        out.printf("%-20s stop keten-local, then delete %s (or start with --reset)%n", "reset", keten.dataDir());
        out.println(line);
    }

    /** "31 topics (+ 31 -dlt): brp 3, coa 3, duo 11, ..." - the names themselves are too many for one line. */
    private static String topics(String bootstrapServers) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(p)) {
            TreeSet<String> names = new TreeSet<>(admin.listTopics().names().get(5, TimeUnit.SECONDS));
            if (names.isEmpty()) {
                return "(none yet)";
            }
            long dlt = names.stream().filter(n -> n.endsWith("-dlt")).count();
            Map<String, Long> perProducer = new TreeMap<>();
            names.stream().filter(n -> !n.endsWith("-dlt"))
                    .forEach(n -> perProducer.merge(n.contains(".") ? n.substring(0, n.indexOf('.')) : n, 1L, Long::sum));
            StringBuilder s = new StringBuilder().append(names.size() - dlt).append(" topics");
            if (dlt > 0) {
                s.append(" (+ ").append(dlt).append(" -dlt)");
            }
            s.append(": ");
            perProducer.forEach((producer, count) -> s.append(producer).append(' ').append(count).append(", "));
            return s.substring(0, s.length() - 2);
        } catch (Exception e) {
            return "(could not list: " + e.getMessage() + ")";
        }
    }

    private static List<String> takenPorts(Arguments a) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("Kafka", a.kafkaPort);
        ports.put("PostgreSQL", a.postgresPort);
        ports.put("token issuer", a.tokenIssuerPort);
        for (KetenService s : KetenService.values()) {
            ports.put(s.naam(), a.servicePorts.getOrDefault(s, s.defaultPort()));
        }
        List<String> taken = new ArrayList<>();
        ports.forEach((what, port) -> {
            if (port > 0 && inUse(port)) {
                taken.add(what + " port " + port);
            }
        });
        return taken;
    }

    private static boolean inUse(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static String usage() {
        return """
                Usage: ./keten-local.sh [options]     (or: java -jar keten-local/target/keten-local-exec.jar [options])

                Runs the whole inburgeringsketen on this machine: a Kafka broker, PostgreSQL, a local OAuth2 token
                issuer and the five services, in one JVM. Data is kept in .keten-local/ under the working directory.
                Ctrl-C stops everything. Every API call needs a token, e.g.:
                  curl -s -u klantmanager-amsterdam:geheim -d grant_type=client_credentials \\
                       -d scope=gemeente-service localhost:9000/oauth2/token

                  --demo                 after start, load demo persons through the public REST APIs
                  --reset                delete the data directory first (a fresh chain)
                  --data-dir=PATH        data directory (default .keten-local)
                  --kafka-port=N         Kafka port (default 9092)
                  --postgres-port=N      PostgreSQL port (default 5433)
                  --token-issuer-port=N  port of the local token issuer (default 9000)
                  --<service>-port=N     port of a service, e.g. --gemeente-service-port=18084
                                         (defaults: ind 8081, duo 8082, coa 8083, gemeente 8084, instelling 8085)
                  --notificaties=0344    these gemeenten follow their cases through DUO's Notificatie API
                                         instead of Kafka (comma-separated; 0363, 0599 or 0344)
                  --sequential           start the services one after the other (default: side by side)
                  --separate-processes   run every service as a JVM of its own (java -jar of its
                                         <service>/target/<service>-*-exec.jar, built by keten-local.sh),
                                         logging to <data dir>/logs/<service>.log
                  --token-issuer-only    start only the token issuer (e.g. as a container next to the services
                                         of docker-compose.yml); it prints what the services must trust
                  --token-issuer-url=URL with --token-issuer-only: the tokens' "iss", the URL the services reach
                                         the issuer by (default http://localhost:<port>)
                  --token-issuer-address=ADDR  with --token-issuer-only: where it listens (default localhost;
                                         0.0.0.0 in a container). Its clients' secrets are public: never on a
                                         network others share
                  --stop-after-start     stop again once everything has started (exit code 0; 1 if it did
                                         not start): keten-local.sh's training start for its class data
                                         sharing archive, or a check that the chain starts
                  --verbose              log everything at INFO (Spring, Kafka's listener containers,
                                         Hibernate, Flyway, Tomcat); by default the console shows where to go,
                                         the demo persons, the services as they start, warnings and errors
                                         (the same as --logging.level.root=INFO)
                  --<key>=<value>        any other Spring property, passed to every service,
                                         e.g. --spring.profiles.active=local
                  --help                 this text
                """;
    }

    /** The parsed command line. */
    static final class Arguments {
        boolean help;
        boolean demo;
        boolean reset;
        boolean sequential;
        boolean separateProcesses;
        boolean verbose;
        boolean tokenIssuerOnly;
        boolean stopAfterStart;
        /** The tokens' {@code iss} with {@code --token-issuer-only}; null: {@code http://localhost:<port>}. */
        String tokenIssuerUrl;
        /** Where the issuer listens: this machine only, unless a container must be reached from outside. */
        String tokenIssuerAddress = "localhost";
        Path dataDir = DEFAULT_DATA_DIR;
        int kafkaPort = 9092;
        int postgresPort = 5433;
        int tokenIssuerPort = 9000;
        final Map<KetenService, Integer> servicePorts = new EnumMap<>(KetenService.class);
        final Map<String, String> properties = new LinkedHashMap<>();
        /** {@code --notificaties=0344,...}: gemeenten that receive DUO's notifications instead of Kafka. */
        final List<String> notificatieGemeenten = new ArrayList<>();

        static Arguments parse(String... args) {
            Arguments a = new Arguments();
            for (String arg : args) {
                switch (arg) {
                    case "--help", "-h" -> a.help = true;
                    case "--demo" -> a.demo = true;
                    case "--reset" -> a.reset = true;
                    case "--sequential" -> a.sequential = true;
                    case "--separate-processes" -> a.separateProcesses = true;
                    case "--verbose" -> a.verbose = true;
                    case "--token-issuer-only" -> a.tokenIssuerOnly = true;
                    case "--stop-after-start" -> a.stopAfterStart = true;
                    default -> a.option(arg);
                }
            }
            if (a.verbose) {
                a.properties.putIfAbsent(VERBOSE_PROPERTY, "INFO");
            }
            return a;
        }

        private void option(String arg) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 3) {
                throw new IllegalArgumentException("Unknown argument: " + arg);
            }
            String key = arg.substring(2, eq);
            String value = arg.substring(eq + 1);
            switch (key) {
                case "data-dir" -> dataDir = Path.of(value);
                case "kafka-port" -> kafkaPort = port(arg, value);
                case "postgres-port" -> postgresPort = port(arg, value);
                case "token-issuer-port" -> tokenIssuerPort = port(arg, value);
                case "token-issuer-url" -> tokenIssuerUrl = url(arg, value);
                case "token-issuer-address" -> tokenIssuerAddress = value;
                case "notificaties" -> notificatieGemeenten.addAll(gemeentecodes(arg, value));
                default -> {
                    if (key.endsWith("-port") && isService(key.substring(0, key.length() - "-port".length()))) {
                        servicePorts.put(KetenService.of(key.substring(0, key.length() - "-port".length())), port(arg, value));
                    } else {
                        properties.put(key, value);
                    }
                }
            }
        }

        private static List<String> gemeentecodes(String arg, String value) {
            List<String> codes = Arrays.stream(value.split(",")).map(String::strip).toList();
            for (String code : codes) {
                try {
                    DemoClient.gemeentesysteem(code);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("No demo gemeente " + code + " in " + arg
                            + " (0363, 0599 or 0344)");
                }
            }
            return codes;
        }

        private static boolean isService(String naam) {
            for (KetenService s : KetenService.values()) {
                if (s.naam().equals(naam)) {
                    return true;
                }
            }
            return false;
        }

        private static String url(String arg, String value) {
            if (!value.matches("https?://[^/\\s]+")) {
                throw new IllegalArgumentException("Not an issuer URL (http(s)://host[:port], no path): " + arg);
            }
            return value;
        }

        private static int port(String arg, String value) {
            try {
                int port = Integer.parseInt(value);
                if (port < 1 || port > 65535) {
                    throw new NumberFormatException();
                }
                return port;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Not a port number (1-65535): " + arg);
            }
        }
    }
}
