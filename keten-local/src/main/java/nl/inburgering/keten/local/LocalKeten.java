package nl.inburgering.keten.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import nl.inburgering.keten.local.tokens.DemoClient;
import nl.inburgering.keten.local.tokens.LocalTokenIssuer;
import nl.inburgering.keten.local.tokens.TokenClient;
import nl.inburgering.platform.config.LokaleGeheimenControle;
import nl.inburgering.platform.time.VerschuifbareKlok;

/**
 * The whole chain in one JVM: a real Kafka broker ({@link LocalKafkaBroker}), a real PostgreSQL
 * ({@link LocalPostgres}), a local OAuth2 token issuer ({@link LocalTokenIssuer}) and the services, each a Spring
 * Boot application started through its own {@code builder()} with the addresses of that infrastructure.
 *
 * <pre>{@code
 * try (LocalKeten keten = LocalKeten.start(LocalKeten.Options.forTests())) {
 *     String gemeente = keten.baseUrl(KetenService.GEMEENTE);   // http://localhost:<random port>
 *     String token = keten.token("klantmanager-amsterdam", "gemeente-service");
 *     ...
 * }
 * }</pre>
 *
 * <p>{@link #close()} stops the services first, then the token issuer, the broker and PostgreSQL, so no service
 * logs errors about infrastructure that went away under it. {@code start} also registers a JVM shutdown hook that does the
 * same (Ctrl-C of the launcher, a test JVM that ends without closing); {@code close()} removes it again.
 */
public final class LocalKeten implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalKeten.class);

    /**
     * Spring Authorization Server's auto-configuration is on keten-local's classpath for the token issuer only;
     * in a service it would add a signing key, a {@code JwtDecoder} of its own and authorization-server settings.
     * <p>Micrometer's Logback binder puts a turbo filter into the one Logback context that the services of this JVM
     * share: each service would count the log events of all five, and each of the five filters would be asked on
     * every {@code isTraceEnabled} of every library (2 % of the chain's CPU samples in the benchmark, decision
     * 0053). A service in a JVM of its own keeps its {@code logback.events}.
     */
    static final List<String> NOT_FOR_SERVICES = List.of(
            "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure.logging.logback.LogbackMetricsAutoConfiguration");

    /** The demo client whose role ({@code BEHEERDER}) may move a service's clock ({@code /beheer/klok}). */
    static final String KLOKBEHEERDER = "beheerder";

    private final Options options;
    private final Path dataDir;
    private final boolean temporaryDataDir;
    private final LocalKafkaBroker kafka;
    private final LocalPostgres postgres;
    private final LocalTokenIssuer tokenIssuer;
    private final TokenClient tokenClient;
    private final Map<KetenService, ConfigurableApplicationContext> contexts =
            Collections.synchronizedMap(new EnumMap<>(KetenService.class));
    private final Map<KetenService, Integer> ports = Collections.synchronizedMap(new EnumMap<>(KetenService.class));
    /** The services in JVMs of their own ({@link Options#separateProcesses(boolean)}). */
    private final Map<KetenService, ServiceProces> processen =
            Collections.synchronizedMap(new EnumMap<>(KetenService.class));
    /** The clock offset of a chain of separate processes; a service started later gets it too. */
    private volatile Duration klokverschuiving = Duration.ZERO;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Duration> startTimes = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Thread shutdownHook;
    private volatile boolean closed;

    private LocalKeten(Options options, Path dataDir, boolean temporaryDataDir, LocalKafkaBroker kafka,
            LocalPostgres postgres, LocalTokenIssuer tokenIssuer) {
        this.options = options;
        this.dataDir = dataDir;
        this.temporaryDataDir = temporaryDataDir;
        this.kafka = kafka;
        this.postgres = postgres;
        this.tokenIssuer = tokenIssuer;
        this.tokenClient = tokenIssuer.client();
        this.shutdownHook = new Thread(this::close, "keten-local-shutdown");
    }

    /**
     * Starts the broker, PostgreSQL and the token issuer side by side, then the chosen services (in parallel
     * unless {@link Options#parallel(boolean) parallel(false)}). Throws when anything fails to start, after
     * stopping what did start.
     */
    public static LocalKeten start(Options options) {
        long begin = System.nanoTime();
        boolean temporary = options.dataDir == null;
        Path dataDir;
        try {
            dataDir = temporary ? Files.createTempDirectory("keten-local-") : options.dataDir.toAbsolutePath();
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        LocalKafkaBroker kafka = LocalKafkaBroker.of(options.kafkaPort, dataDir.resolve("kafka"), options.brokerProperties,
                options.brokerClientProperties);
        // Broker, PostgreSQL and the token issuer do not need each other: start them side by side.
        ExecutorService infra = Executors.newFixedThreadPool(3, daemon("keten-local-infra"));
        LocalPostgres postgres = null;
        LocalTokenIssuer tokenIssuer = null;
        Map<String, Duration> infraTimes = Collections.synchronizedMap(new LinkedHashMap<>());
        try {
            Future<LocalTokenIssuer> issuerStarted = infra.submit(() -> {
                long t = System.nanoTime();
                LocalTokenIssuer issuer = LocalTokenIssuer.start(options.tokenIssuerPort, options.tokenClients(),
                        options.loggingProperties());
                infraTimes.put("token-issuer", Duration.ofNanos(System.nanoTime() - t));
                return issuer;
            });
            Future<Duration> kafkaStarted = infra.submit(() -> timed(kafka::start));
            Future<LocalPostgres> postgresStarted = infra.submit(() -> {
                long t = System.nanoTime();
                LocalPostgres pg = LocalPostgres.start(options.postgresPort, dataDir.resolve("pgdata"), temporary, null, false);
                infraTimes.put("postgres", Duration.ofNanos(System.nanoTime() - t));
                return pg;
            });
            Throwable failure = null;
            try {
                infraTimes.put("kafka", kafkaStarted.get());
            } catch (ExecutionException e) {
                failure = e.getCause();
            }
            try {
                postgres = postgresStarted.get();
            } catch (ExecutionException e) {
                failure = failure == null ? e.getCause() : failure;
            }
            try {
                tokenIssuer = issuerStarted.get();
            } catch (ExecutionException e) {
                failure = failure == null ? e.getCause() : failure;
            }
            if (failure != null) {
                if (tokenIssuer != null) {
                    tokenIssuer.close();
                }
                if (postgres != null) {
                    postgres.close();
                }
                kafka.close();
                if (temporary) {
                    FileTrees.deleteQuietly(dataDir);
                }
                throw failure instanceof RuntimeException re ? re : new IllegalStateException(failure);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the infrastructure", e);
        } finally {
            infra.shutdownNow();
        }

        LocalKeten keten = new LocalKeten(options, dataDir, temporary, kafka, postgres, tokenIssuer);
        keten.startTimes.put("kafka", infraTimes.get("kafka"));
        keten.startTimes.put("postgres", infraTimes.get("postgres"));
        keten.startTimes.put("token-issuer", infraTimes.get("token-issuer"));
        Runtime.getRuntime().addShutdownHook(keten.shutdownHook);
        try {
            keten.startServices();
        } catch (RuntimeException e) {
            keten.close();
            throw e;
        }
        keten.startTimes.put("total", Duration.ofNanos(System.nanoTime() - begin));
        log.info("keten-local started in {} ms: {}", keten.startTimes.get("total").toMillis(), keten.startTimesText());
        return keten;
    }

    private void startServices() {
        List<KetenService> services = List.copyOf(options.services);
        // IND asks DUO at the source (seed §15.2): its address must be known before the services start in parallel.
        if (services.contains(KetenService.DUO) && !ports.containsKey(KetenService.DUO)) {
            int duo = options.servicePorts.getOrDefault(KetenService.DUO, options.defaultServicePort(KetenService.DUO));
            ports.put(KetenService.DUO, duo == 0 ? VrijePoort.kies() : duo);
        }
        // DUO notifies the gemeente-service (decision 0030): its address too.
        if (!options.notificatieGemeenten.isEmpty() && !ports.containsKey(KetenService.GEMEENTE)) {
            int gemeente = options.servicePorts.getOrDefault(KetenService.GEMEENTE,
                    options.defaultServicePort(KetenService.GEMEENTE));
            ports.put(KetenService.GEMEENTE, gemeente == 0 ? VrijePoort.kies() : gemeente);
        }
        perService(services, "keten-local-start", this::startService);
    }

    /**
     * {@code action} for every service, side by side unless {@link Options#parallel(boolean) parallel(false)}; waits
     * for all, then throws the first failure with the others suppressed.
     */
    private void perService(List<KetenService> services, String threadName, Consumer<KetenService> action) {
        if (!options.parallel || services.size() < 2) {
            services.forEach(action);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(services.size(), daemon(threadName));
        try {
            List<Future<?>> busy = services.stream().<Future<?>>map(s -> pool.submit(() -> action.accept(s))).toList();
            RuntimeException failure = null;
            for (Future<?> f : busy) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
                    } else {
                        failure.addSuppressed(e.getCause());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted in " + threadName, e);
                }
            }
            if (failure != null) {
                throw failure;
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Starts one service (again) with the same ports and infrastructure; throws when it is already running. */
    public void startService(KetenService service) {
        if (closed) {
            throw new IllegalStateException("keten-local is closed");
        }
        if (contexts.containsKey(service) || processen.containsKey(service)) {
            throw new IllegalStateException(service.naam() + " is already running");
        }
        if (options.separateProcesses) {
            startProcess(service);
            return;
        }
        long t = System.nanoTime();
        ConfigurableApplicationContext context;
        try {
            context = service.builder()
                    .main(service.mainClass()) // "Started GemeenteServiceApplication", not the test runner
                    // The local profile: the demo OIN, the local pseudonymisation key, replication 1 (decision 0009);
                    // an additional profile, so one given with --spring.profiles.active comes on top of it.
                    .profiles(LokaleGeheimenControle.LOKAAL_PROFIEL)
                    .registerShutdownHook(false) // LocalKeten stops the services before the infrastructure
                    .listeners(LoggingInitialisationLock.listeners())
                    .run(arguments(service));
        } catch (RuntimeException e) {
            throw new IllegalStateException(service.naam() + " did not start: " + rootMessage(e), e);
        }
        contexts.put(service, context);
        if (context instanceof WebServerApplicationContext web && web.getWebServer() != null) {
            ports.put(service, web.getWebServer().getPort());
        }
        Duration took = Duration.ofNanos(System.nanoTime() - t);
        startTimes.put(service.naam(), took);
        log.info("{} started on {} in {} ms", service.naam(), baseUrl(service), took.toMillis());
    }

    /**
     * A service as a JVM of its own: {@code java -jar} of its executable jar, with the addresses of this chain's
     * broker, PostgreSQL and token issuer in its environment (the variables of the README's Deploy section) and the
     * {@code local} profile; ready when its readiness probe says so.
     */
    private void startProcess(KetenService service) {
        Path jar = ServiceJars.jar(ServiceJars.projectRoot(options.projectRoot), service);
        int port = ports.getOrDefault(service, options.servicePorts.getOrDefault(service, options.defaultServicePort(service)));
        if (port == 0) {
            port = VrijePoort.kies();
        }
        Map<String, String> env = new LinkedHashMap<>();
        // The local profile: the demo OIN, the local pseudonymisation key, replication 1 (decision 0009); the
        // password of the embedded PostgreSQL is a local one, which only this profile accepts.
        env.put("SPRING_PROFILES_ACTIVE", LokaleGeheimenControle.LOKAAL_PROFIEL);
        env.put("SERVER_PORT", String.valueOf(port));
        if (service.database() != null) {
            env.put("SPRING_DATASOURCE_URL", postgres.jdbcUrl(service.database()));
            env.put("SPRING_DATASOURCE_USERNAME", LocalPostgres.USERNAME);
            env.put("SPRING_DATASOURCE_PASSWORD", LocalPostgres.PASSWORD);
        }
        env.put("SPRING_KAFKA_BOOTSTRAPSERVERS", kafka.bootstrapServers());
        env.put("KETEN_SECURITY_VERTROUWDEUITGEVERS_0_ISSUER", tokenIssuer.url());
        env.put("KETEN_SECURITY_VERTROUWDEUITGEVERS_0_JWKSETURI", tokenIssuer.jwkSetUri());
        env.put("KETEN_SECURITY_VERTROUWDEUITGEVERS_0_ROLLEN", tokenIssuer.vertrouwdeRollen());
        env.put("KETEN_SECURITY_VERTROUWDEUITGEVERS_0_ORGANISATIES", tokenIssuer.vertrouwdeOrganisaties());
        env.put("SERVER_ADDRESS", "localhost");
        // Each process has a clock of its own; verzetKlok moves them all through PUT /beheer/klok.
        env.put("KETEN_KLOK_VERSCHUIFBAAR", "true");
        // #22: CBS's public key of this data directory (decision 0041; cbs/ holds CBS's private key for cbs-dataset)
        env.put("KETEN_MONITORING_CBSPUBLIEKESLEUTEL", CbsSleutelsLokaal.publiekeSleutel(dataDir));
        // The process ends when this JVM is gone, also after a kill -9 that runs no shutdown hook of ours
        // (platform's OuderprocesBewaking): no orphaned service keeps its port and its consumer groups.
        env.put("KETEN_LOKAAL_OUDERPROCES", String.valueOf(ProcessHandle.current().pid()));
        if (service == KetenService.IND) {
            duoVoorInd().forEach((k, v) -> env.put(k.replace("keten.ind.duo.basis-url", "KETEN_IND_DUO_BASISURL")
                    .replace("keten.ind.duo.token-url", "KETEN_IND_DUO_TOKENURL"), v));
        }
        env.put("SPRING_MAIN_BANNERMODE", "off");
        env.put("LOGGING_LEVEL_ORG_APACHE_KAFKA", "WARN");
        Map<String, String> properties = new LinkedHashMap<>(notificaties(service));
        properties.putAll(options.properties);
        // logging.config names a file of this JVM (the launcher's, the benchmark's): a service process logs with its
        // own configuration. One for a single service (property(service, k, v)) is passed on.
        properties.remove("logging.config");
        properties.putAll(options.serviceProperties.getOrDefault(service, Map.of()));
        List<String> arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toList();
        Path logDir = options.processLogDir != null ? options.processLogDir.toAbsolutePath() : dataDir.resolve("logs");
        ServiceProces proces = ServiceProces.start(service, jar, port, options.jvmOptions, env, arguments,
                logDir.resolve(service.naam() + ".log"));
        processen.put(service, proces);
        ports.put(service, port);
        log.info("{} starting as pid {} on port {} ({}), log {}", service.naam(), proces.pid(), port,
                jar.getFileName(), proces.log());
        Duration took;
        try {
            took = proces.waitUntilReady(options.readinessTimeout);
        } catch (RuntimeException e) {
            processen.remove(service);
            proces.stop();
            throw new IllegalStateException(service.naam() + " did not start: " + e.getMessage(), e);
        }
        startTimes.put(service.naam(), took);
        log.info("{} ready on {} in {} ms (pid {})", service.naam(), baseUrl(service), took.toMillis(), proces.pid());
        if (!klokverschuiving.isZero()) {
            zetKlok(service, klokverschuiving);
        }
    }

    /**
     * Where IND's system reaches DUO and the token issuer (seed §15.2, the pull of #10); the client id and secret are
     * the local profile's ({@code indsysteem}).
     */
    private Map<String, String> duoVoorInd() {
        Map<String, String> duo = new LinkedHashMap<>();
        duo.put("keten.ind.duo.basis-url", "http://localhost:"
                + ports.getOrDefault(KetenService.DUO, KetenService.DUO.defaultPort()));
        duo.put("keten.ind.duo.token-url", tokenIssuer.url() + "/oauth2/token");
        return duo;
    }

    private Map<String, String> notificaties(KetenService service) {
        return Notificatieabonnementen.voor(service, options.notificatieGemeenten,
                ports.getOrDefault(KetenService.DUO, KetenService.DUO.defaultPort()),
                ports.getOrDefault(KetenService.GEMEENTE, KetenService.GEMEENTE.defaultPort()),
                tokenIssuer.url() + "/oauth2/token");
    }


    /**
     * Stops one service (its context, or its process tree in separate-process mode); the others, the broker and
     * PostgreSQL keep running.
     */
    public void stopService(KetenService service) {
        ConfigurableApplicationContext context = contexts.remove(service);
        if (context != null) {
            context.close();
        }
        ServiceProces proces = processen.remove(service);
        if (proces != null) {
            proces.stop();
        }
    }

    /** The command-line arguments of a service: they take precedence over its own {@code <naam>.yml}. */
    private String[] arguments(KetenService service) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("spring.main.banner-mode", "off");
        // Logback is shared by the whole JVM: no service may stop it at shutdown before LocalKeten is done.
        p.put("logging.register-shutdown-hook", "false");
        // The broker and PostgreSQL run in this JVM; their INFO chatter hides what the services say.
        p.put("logging.level.org.apache.kafka", "WARN");
        p.put("logging.level.kafka", "WARN");
        p.put("logging.level.state.change.logger", "WARN");
        p.put("logging.level.io.zonky.test.db.postgres", "WARN");
        int port = ports.getOrDefault(service, options.servicePorts.getOrDefault(service, options.defaultServicePort(service)));
        p.put("server.port", String.valueOf(port));
        // Only this machine, unless a property (--server.address=...) asks otherwise: the demo secrets are public.
        p.put("server.address", "localhost");
        if (service.database() != null) {
            p.put("spring.datasource.url", postgres.jdbcUrl(service.database()));
            p.put("spring.datasource.username", LocalPostgres.USERNAME);
            p.put("spring.datasource.password", LocalPostgres.PASSWORD);
        }
        p.put("spring.kafka.bootstrap-servers", kafka.bootstrapServers());
        // The services trust the local token issuer (and check the tokens' signatures with its JWKS).
        p.put("keten.security.vertrouwde-uitgevers[0].issuer", tokenIssuer.url());
        p.put("keten.security.vertrouwde-uitgevers[0].jwk-set-uri", tokenIssuer.jwkSetUri());
        // ... for the roles and organisations of its clients only (issue 11, item 4).
        p.put("keten.security.vertrouwde-uitgevers[0].rollen", tokenIssuer.vertrouwdeRollen());
        p.put("keten.security.vertrouwde-uitgevers[0].organisaties", tokenIssuer.vertrouwdeOrganisaties());
        p.put("spring.autoconfigure.exclude", String.join(",", NOT_FOR_SERVICES));
        // One clock for the whole local chain that tests (and demos) can move forward.
        p.put("keten.klok.verschuifbaar", "true");
        // #22: CBS's public key of this data directory (decision 0041; cbs/ holds CBS's private key for cbs-dataset)
        p.put("keten.monitoring.cbs-publieke-sleutel", CbsSleutelsLokaal.publiekeSleutel(dataDir));
        // The instellingen of the demo clients (12345, 67890): every service creates their topics (decision 0018)
        // and the instelling-service serves them all; a token of another instelling it refuses (decision 0021).
        p.put("keten.instellingen", instellingen());
        if (service == KetenService.IND) {
            duoVoorInd().forEach(p::put);
        }
        p.putAll(notificaties(service));
        p.putAll(options.properties);
        p.putAll(options.serviceProperties.getOrDefault(service, Map.of()));
        // An exclude list given in the options replaces ours as a whole: keep ours in it.
        String exclude = p.get("spring.autoconfigure.exclude");
        for (String autoConfiguration : NOT_FOR_SERVICES) {
            if (!exclude.contains(autoConfiguration)) {
                exclude = exclude.isBlank() ? autoConfiguration : exclude + "," + autoConfiguration;
            }
        }
        p.put("spring.autoconfigure.exclude", exclude);
        return p.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    /**
     * The clock every service of this chain reads when they run in this JVM; move it to let termijnen pass. Services
     * in JVMs of their own have clocks of their own: use {@link #verzetKlok(Duration)}, which works in both modes.
     */
    public VerschuifbareKlok klok() {
        if (options.separateProcesses) {
            throw new IllegalStateException("the services run as separate processes, each with a clock of its own: "
                    + "move them with verzetKlok(Duration)");
        }
        return VerschuifbareKlok.GEDEELD;
    }

    /**
     * Moves the clock of every running service forward (or back, negative) by {@code duur}, through each service's
     * {@code PUT /beheer/klok} (as {@code beheerder}); in JVMs of their own and in this JVM alike.
     */
    public void verzetKlok(Duration duur) {
        zetKlokverschuiving(klokverschuiving().plus(duur));
    }

    /** Sets how far every running service's clock runs ahead of the real time; {@code Duration.ZERO}: back. */
    public synchronized void zetKlokverschuiving(Duration verschuiving) {
        klokverschuiving = verschuiving;
        for (KetenService service : services()) {
            zetKlok(service, verschuiving);
        }
    }

    /** How far the chain's clock runs ahead of the real time. */
    public Duration klokverschuiving() {
        return options.separateProcesses ? klokverschuiving : VerschuifbareKlok.GEDEELD.verschuiving();
    }

    /** The time a running service reads now, from its {@code GET /beheer/klok}. */
    public Instant klokVan(KetenService service) {
        HttpResponse<String> antwoord = klokVraag(service, HttpRequest.newBuilder().GET());
        Matcher nu = Pattern.compile("\"nu\"\\s*:\\s*\"([^\"]+)\"").matcher(antwoord.body());
        if (antwoord.statusCode() != 200 || !nu.find()) {
            throw new IllegalStateException("GET /beheer/klok of " + service.naam() + " answered "
                    + antwoord.statusCode() + ": " + antwoord.body());
        }
        return Instant.parse(nu.group(1));
    }

    private void zetKlok(KetenService service, Duration verschuiving) {
        HttpResponse<String> antwoord = klokVraag(service, HttpRequest.newBuilder()
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"verschuiving\":\"" + verschuiving + "\"}")));
        if (antwoord.statusCode() != 200) {
            throw new IllegalStateException("PUT /beheer/klok of " + service.naam() + " answered "
                    + antwoord.statusCode() + ": " + antwoord.body());
        }
    }

    private HttpResponse<String> klokVraag(KetenService service, HttpRequest.Builder request) {
        try {
            return http.send(request.uri(URI.create(baseUrl(service) + "/beheer/klok"))
                    .header("Authorization", "Bearer " + token(KLOKBEHEERDER, service))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("the clock of " + service.naam() + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while moving the clock of " + service.naam(), e);
        }
    }

    /** The process id of a service that runs as a JVM of its own (e.g. for its RSS). */
    public long pid(KetenService service) {
        ServiceProces proces = processen.get(service);
        if (proces == null) {
            throw new IllegalStateException(service.naam() + " does not run as a separate process");
        }
        return proces.pid();
    }

    /** The log file of a service that runs as a JVM of its own. */
    public Path logFile(KetenService service) {
        ServiceProces proces = processen.get(service);
        if (proces == null) {
            throw new IllegalStateException(service.naam() + " does not run as a separate process");
        }
        return proces.log();
    }

    /** Whether the services run as JVMs of their own ({@link Options#separateProcesses(boolean)}). */
    public boolean separateProcesses() {
        return options.separateProcesses;
    }

    /** {@code http://localhost:<port>} of a running service. */
    public String baseUrl(KetenService service) {
        Integer port = ports.get(service);
        if (port == null) {
            throw new IllegalStateException(service.naam() + " has not been started");
        }
        return "http://localhost:" + port;
    }

    /** {@code http://localhost:<port>} of a running service, by name ({@code "gemeente-service"}). */
    public String baseUrl(String naam) {
        return baseUrl(KetenService.of(naam));
    }

    public int port(KetenService service) {
        Integer port = ports.get(service);
        if (port == null) {
            throw new IllegalStateException(service.naam() + " has not been started");
        }
        return port;
    }

    /** The instellingsnummers the local token issuer's clients work for. */
    private String instellingen() {
        return String.join(",", tokenIssuer.clients().stream().map(DemoClient::instellingsnummer)
                .filter(java.util.Objects::nonNull).distinct().toList());
    }

    /** The running Spring context of a service, e.g. to get a bean or its {@code Clock}. */
    public ConfigurableApplicationContext context(KetenService service) {
        ConfigurableApplicationContext context = contexts.get(service);
        if (context == null && processen.containsKey(service)) {
            throw new IllegalStateException(service.naam() + " runs as a separate process: it has no context in "
                    + "this JVM; talk to it over HTTP (baseUrl) and move its clock with verzetKlok");
        }
        if (context == null) {
            throw new IllegalStateException(service.naam() + " is not running");
        }
        return context;
    }

    public ConfigurableApplicationContext context(String naam) {
        return context(KetenService.of(naam));
    }

    /** The services that run now. */
    public Set<KetenService> services() {
        EnumSet<KetenService> running = EnumSet.noneOf(KetenService.class);
        synchronized (contexts) {
            running.addAll(contexts.keySet());
        }
        synchronized (processen) {
            running.addAll(processen.keySet());
        }
        return running;
    }

    public LocalKafkaBroker kafka() {
        return kafka;
    }

    public LocalPostgres postgres() {
        return postgres;
    }

    /** {@code localhost:<port>} of the broker. */
    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** The JDBC URL of a service's database (user/password {@code postgres}). */
    public String jdbcUrl(KetenService service) {
        return postgres.jdbcUrl(service.database());
    }

    /** The local token issuer: its URL is the {@code iss} of its tokens. */
    public LocalTokenIssuer tokenIssuer() {
        return tokenIssuer;
    }

    /** {@code http://localhost:<port>} of the token issuer: the {@code iss} of its tokens (9000 for a local run). */
    public String tokenIssuerUrl() {
        return tokenIssuer.url();
    }

    /**
     * A new access token for a demo client ({@link DemoClient#ALLE}, secret {@value DemoClient#SECRET}) for these
     * services, fetched over HTTP from the token issuer, e.g. {@code token("klantmanager-amsterdam",
     * "gemeente-service")}. Use it as {@code Authorization: Bearer <token>}.
     *
     * @throws TokenClient.TokenRefused when the issuer refuses (unknown client, no or an unknown service)
     */
    public String token(String clientId, String... audiences) {
        return tokenClient.token(clientId, audiences);
    }

    /** {@link #token(String, String...)} with services instead of their names. */
    public String token(String clientId, KetenService... audiences) {
        return tokenClient.token(clientId, Arrays.stream(audiences).map(KetenService::naam).toArray(String[]::new));
    }

    /** A client of the token issuer, e.g. to ask with another secret or to see the issuer's error answer. */
    public TokenClient tokenClient() {
        return tokenClient;
    }

    /** The folder with {@code kafka/} and {@code pgdata/}. */
    public Path dataDir() {
        return dataDir;
    }

    /** How long each part took to start: "kafka", "postgres", "token-issuer", each service name, and "total". */
    public Map<String, Duration> startTimes() {
        synchronized (startTimes) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(startTimes));
        }
    }

    String startTimesText() {
        StringBuilder s = new StringBuilder();
        startTimes().forEach((k, v) -> s.append(s.isEmpty() ? "" : ", ").append(k).append(' ').append(v.toMillis()).append(" ms"));
        return s.toString();
    }

    /**
     * Stops the services (side by side), then the token issuer, the broker and PostgreSQL; deletes a temporary
     * data dir.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        if (Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException | IllegalArgumentException e) {
                // the JVM is already shutting down, or the hook was never registered
            }
        }
        stopServices();
        try {
            tokenIssuer.close();
        } catch (RuntimeException e) {
            log.warn("the token issuer did not stop cleanly: {}", e.toString());
        }
        kafka.close();
        postgres.close();
        if (temporaryDataDir) {
            FileTrees.deleteQuietly(dataDir);
        }
        log.info("keten-local stopped");
    }

    /**
     * Side by side, like the start: a service's Kafka consumers close only when their open fetch returns, which takes
     * up to {@code fetch-max-wait} (5 s, decision 0053), so five services one after another took five times that.
     */
    private void stopServices() {
        List<KetenService> running = new ArrayList<>(services());
        Collections.reverse(running);
        try {
            perService(running, "keten-local-stop", this::stopQuietly);
        } catch (IllegalStateException interrupted) {
            // the broker and PostgreSQL are still to be stopped
            log.warn("stopping the services: {}", interrupted.getMessage());
        }
    }

    private void stopQuietly(KetenService service) {
        try {
            stopService(service);
        } catch (RuntimeException e) {
            log.warn("{} did not stop cleanly: {}", service.naam(), e.toString());
        }
    }

    private static Duration timed(Runnable action) {
        long t = System.nanoTime();
        action.run();
        return Duration.ofNanos(System.nanoTime() - t);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (cause: " + root + ")";
    }

    /**
     * What to start and where. {@link #forTests()}: free ports, a temporary data folder, all services.
     * {@link #local(Path)}: the fixed ports of the local run and a persistent data folder.
     */
    public static final class Options {

        private int kafkaPort;
        private int postgresPort;
        private int tokenIssuerPort;
        private final List<DemoClient> extraTokenClients = new ArrayList<>();
        private boolean fixedServicePorts;
        private final Map<KetenService, Integer> servicePorts = new EnumMap<>(KetenService.class);
        private Path dataDir;
        private Set<KetenService> services = EnumSet.allOf(KetenService.class);
        private final Map<String, String> properties = new LinkedHashMap<>();
        private final Map<KetenService, Map<String, String>> serviceProperties = new EnumMap<>(KetenService.class);
        private final Set<String> notificatieGemeenten = new java.util.LinkedHashSet<>();
        private final Map<String, String> brokerProperties = new LinkedHashMap<>();
        private final Map<String, String> brokerClientProperties = new LinkedHashMap<>();
        private boolean parallel = true;
        private boolean separateProcesses;
        private final List<String> jvmOptions = new ArrayList<>(DEFAULT_JVM_OPTIONS);
        private Path projectRoot;
        private Path processLogDir;
        private Duration readinessTimeout = Duration.ofMinutes(4);

        /**
         * JVM options of a service process: a small heap and serial GC (five JVMs next to each other), C1 only
         * (starts faster on few cores), and no limping on after an OutOfMemoryError.
         */
        public static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Xmx384m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError");

        private Options() {
        }

        /** Free ports everywhere, a temporary data folder deleted on close, all five services. */
        public static Options forTests() {
            Options o = new Options();
            o.kafkaPort = 0;
            o.postgresPort = 0;
            o.tokenIssuerPort = 0;
            o.fixedServicePorts = false;
            o.dataDir = null;
            return o;
        }

        /**
         * Kafka 9092, PostgreSQL 5433, the token issuer on 9000, services 8081 to 8085, data kept in
         * {@code dataDir} ({@code kafka/} and {@code pgdata/}).
         */
        public static Options local(Path dataDir) {
            Options o = new Options();
            o.kafkaPort = 9092;
            o.postgresPort = 5433;
            o.tokenIssuerPort = LocalTokenIssuer.DEFAULT_PORT;
            o.fixedServicePorts = true;
            o.dataDir = dataDir;
            return o;
        }

        /** Only these services (tests that need a part of the chain start faster). */
        public Options services(KetenService... services) {
            this.services = services.length == 0 ? EnumSet.noneOf(KetenService.class) : EnumSet.of(services[0], services);
            return this;
        }

        public Options kafkaPort(int port) {
            this.kafkaPort = port;
            return this;
        }

        public Options postgresPort(int port) {
            this.postgresPort = port;
            return this;
        }

        /** The port of the token issuer (0 = a free port); its URL is the {@code iss} of its tokens. */
        public Options tokenIssuerPort(int port) {
            this.tokenIssuerPort = port;
            return this;
        }

        /**
         * One more client for the token issuer, next to {@link DemoClient#ALLE} (secret {@value DemoClient#SECRET}),
         * e.g. {@code DemoClient.gemeente("klantmanager-utrecht", Rol.GEMEENTE_KLANTMANAGER, "0344", oin, "...")}.
         */
        public Options tokenClient(DemoClient client) {
            extraTokenClients.add(client);
            return this;
        }

        List<DemoClient> tokenClients() {
            List<DemoClient> all = new ArrayList<>(DemoClient.ALLE);
            all.addAll(extraTokenClients);
            return all;
        }

        /**
         * The token issuer logs like the services and listens where they do: it gets their {@code logging.*}
         * properties and {@code server.address}.
         */
        Map<String, String> loggingProperties() {
            Map<String, String> logging = new LinkedHashMap<>();
            properties.forEach((k, v) -> {
                if (k.startsWith("logging.") || k.equals("server.address")) {
                    logging.put(k, v);
                }
            });
            return logging;
        }

        /** The HTTP port of one service (0 = a free port). */
        public Options port(KetenService service, int port) {
            servicePorts.put(service, port);
            return this;
        }

        /** The persistent data folder; null = a temporary folder deleted on close. */
        public Options dataDir(Path dataDir) {
            this.dataDir = dataDir;
            return this;
        }

        /** A Spring property for every service, e.g. {@code spring.profiles.active=local}. */
        public Options property(String key, String value) {
            properties.put(key, value);
            return this;
        }

        public Options properties(Map<String, String> more) {
            properties.putAll(more);
            return this;
        }

        /**
         * These gemeenten follow their cases through DUO's Notificatie API instead of Kafka (decision 0030): DUO
         * notifies the local gemeente-service for them, which fetches from DUO's M2M APIs as the gemeente's own system
         * and reads none of their topics. Each needs a demo {@code gemeentesysteem} client (0363, 0599, 0344).
         */
        public Options notificatiesVoor(String... gemeentecodes) {
            for (String gemeentecode : gemeentecodes) {
                DemoClient.gemeentesysteem(gemeentecode);
                notificatieGemeenten.add(gemeentecode);
            }
            return this;
        }

        /** A Spring property for one service only (applied after the ones for every service). */
        public Options property(KetenService service, String key, String value) {
            serviceProperties.computeIfAbsent(service, s -> new LinkedHashMap<>()).put(key, value);
            return this;
        }

        /** A Kafka broker property (overrides keten-local's defaults). */
        public Options brokerProperty(String key, String value) {
            brokerProperties.put(key, value);
            return this;
        }

        /**
         * The broker with SASL/PLAIN and the StandardAuthorizer for these users (decision 0018): every service then needs
         * its principal's settings ({@link SaslGebruikers#springProperties}, through {@link #property(KetenService,
         * String, String)}) and ACLs, and the operator creates the topics.
         */
        public Options sasl(SaslGebruikers gebruikers) {
            brokerProperties.putAll(LocalKafkaBroker.saslBrokerProperties(gebruikers));
            brokerClientProperties.putAll(gebruikers.clientProperties(SaslGebruikers.BEHEERDER));
            return this;
        }

        /** Start the services side by side (default) or one after the other. */
        public Options parallel(boolean parallel) {
            this.parallel = parallel;
            return this;
        }

        /**
         * Run every service as a JVM of its own ({@code java -jar <root>/<service>/target/<service>-*-exec.jar})
         * instead of in this JVM (the default). The jars must have been built ({@code ./mvnw package}, or the
         * reactor of {@code ./mvnw verify}); a missing one fails the start, naming it.
         */
        public Options separateProcesses(boolean separate) {
            this.separateProcesses = separate;
            return this;
        }

        /** The JVM options of every service process, instead of {@link #DEFAULT_JVM_OPTIONS}. */
        public Options jvmOptions(String... options) {
            jvmOptions.clear();
            jvmOptions.addAll(List.of(options));
            return this;
        }

        /** Where the service jars are (default: from the working directory upwards, the folder with keten-local/). */
        public Options projectRoot(Path root) {
            this.projectRoot = root;
            return this;
        }

        /** Where the service processes write their logs, {@code <service>.log} (default {@code <data dir>/logs}). */
        public Options processLogDir(Path dir) {
            this.processLogDir = dir;
            return this;
        }

        /** How long a service process may take to become ready (default 4 minutes). */
        public Options readinessTimeout(Duration timeout) {
            this.readinessTimeout = timeout;
            return this;
        }

        int defaultServicePort(KetenService service) {
            return fixedServicePorts ? service.defaultPort() : 0;
        }
    }
}
