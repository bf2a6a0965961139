package nl.inburgering.keten.local;

import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Apache Kafka broker (KRaft, {@code process.roles=broker,controller}) running in this JVM.
 *
 * <p>The log directory is formatted once (cluster id, node id 1) and then reused, so topics and records survive
 * {@link #stop()} and {@link #start()} on the same instance, and a new instance on the same directory. The client
 * port is fixed at construction; port {@code 0} picks a free port at the first {@link #start()} and keeps it for
 * every restart of this instance, so a test can simulate a broker outage with {@code stop()} / {@code start()}
 * while its clients keep the same bootstrap address.
 *
 * <p>Internal topics ({@code __consumer_offsets}, {@code __transaction_state}, share-group state) have replication
 * factor 1 and few partitions. {@code auto.create.topics.enable} stays on as a safety net: the services declare
 * their topics as {@code NewTopic} beans, and a topic that nobody declared is still created on first use instead of
 * making a producer block on missing metadata.
 */
public final class LocalKafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalKafkaBroker.class);

    private static final int NODE_ID = 1;
    private static final String BROKER_LISTENER = "PLAINTEXT";
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final Path logDir;
    private final boolean deleteLogDirOnClose;
    private final Map<String, String> extraProperties;
    private final Map<String, String> clientProperties;
    private int port;
    private int controllerPort;
    private KafkaRaftServer server;
    private boolean closed;

    /**
     * @param port       the client port ({@code PLAINTEXT://localhost:port}); 0 picks a free port once
     * @param logDir     the log directory (metadata and data); created and formatted when it has no meta.properties
     */
    public LocalKafkaBroker(int port, Path logDir) {
        this(port, logDir, false, Map.of(), Map.of());
    }

    private LocalKafkaBroker(int port, Path logDir, boolean deleteLogDirOnClose, Map<String, String> extraProperties,
            Map<String, String> clientProperties) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        this.port = port;
        this.logDir = logDir.toAbsolutePath();
        this.deleteLogDirOnClose = deleteLogDirOnClose;
        this.extraProperties = Map.copyOf(extraProperties);
        this.clientProperties = Map.copyOf(clientProperties);
    }

    /** A broker on a free port with a temporary log directory that {@link #close()} deletes: for tests. */
    public static LocalKafkaBroker temporary() {
        return temporary(Map.of());
    }

    /** As {@link #temporary()}, with extra broker properties (they override the defaults). */
    public static LocalKafkaBroker temporary(Map<String, String> extraProperties) {
        try {
            return new LocalKafkaBroker(0, Files.createTempDirectory("keten-kafka-"), true, extraProperties, Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A broker on the given port and directory, with extra broker properties (they override the defaults). */
    public static LocalKafkaBroker of(int port, Path logDir, Map<String, String> extraProperties) {
        return new LocalKafkaBroker(port, logDir, false, extraProperties, Map.of());
    }

    /**
     * A temporary broker with SASL/PLAIN and the {@code StandardAuthorizer} (decision 0018): only the users of
     * {@code gebruikers}, {@link SaslGebruikers#BEHEERDER} the super user, nothing allowed without an ACL.
     */
    public static LocalKafkaBroker temporaryMetSasl(SaslGebruikers gebruikers) {
        try {
            return new LocalKafkaBroker(0, Files.createTempDirectory("keten-kafka-sasl-"), true,
                    saslBrokerProperties(gebruikers), gebruikers.clientProperties(SaslGebruikers.BEHEERDER));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A broker on the given port and directory whose own admin connects with {@code clientProperties} (SASL). */
    public static LocalKafkaBroker of(int port, Path logDir, Map<String, String> extraProperties,
            Map<String, String> clientProperties) {
        return new LocalKafkaBroker(port, logDir, false, extraProperties, clientProperties);
    }

    /** The broker properties of {@link SaslGebruikers} for this broker's listeners. */
    public static Map<String, String> saslBrokerProperties(SaslGebruikers gebruikers) {
        return gebruikers.brokerProperties(BROKER_LISTENER, CONTROLLER_LISTENER);
    }

    /** The settings a client of this broker needs besides its address (SASL: the operator's), for its own admin. */
    public Map<String, String> clientProperties() {
        return clientProperties;
    }

    /**
     * Starts the broker and waits until it accepts clients (about 3 to 5 s). Formats the log directory first if
     * it has never been formatted. Does nothing when already running.
     */
    public synchronized void start() {
        if (closed) {
            throw new IllegalStateException("broker is closed");
        }
        if (server != null) {
            return;
        }
        long started = System.nanoTime();
        installExitGuard();
        try {
            Files.createDirectories(logDir);
            if (port == 0) {
                port = VrijePoort.kies();
            }
            if (controllerPort == 0) {
                controllerPort = VrijePoort.kies();
            }
            KafkaConfig config = KafkaConfig.fromProps(brokerProperties(), false);
            if (!Files.exists(logDir.resolve("meta.properties"))) {
                format();
            }
            KafkaRaftServer raftServer = new KafkaRaftServer(config, Time.SYSTEM);
            try {
                raftServer.startup();
            } catch (RuntimeException e) {
                shutdownQuietly(raftServer);
                throw e;
            }
            server = raftServer;
            awaitReady();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Kafka broker did not start on " + bootstrapServersFor(port)
                    + " (log dir " + logDir + "): " + e.getMessage()
                    + (isBindProblem(e) ? " - is the port already in use, e.g. by another keten-local?" : ""), e);
        }
        log.info("Kafka broker started on {} in {} ms (log dir {})",
                bootstrapServers(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), logDir);
    }

    /** Stops the broker and waits for it; its data stays in the log directory. Does nothing when not running. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        long started = System.nanoTime();
        KafkaRaftServer stopping = server;
        server = null;
        shutdownQuietly(stopping);
        log.info("Kafka broker on localhost:{} stopped in {} ms",
                port, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    /** Stops the broker; a temporary broker also deletes its log directory. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        stop();
        closed = true;
        if (deleteLogDirOnClose) {
            FileTrees.deleteQuietly(logDir);
        }
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** {@code localhost:<port>}; known after the first {@link #start()} when the port was 0. */
    public synchronized String bootstrapServers() {
        if (port == 0) {
            throw new IllegalStateException("port not chosen yet: start() the broker first");
        }
        return bootstrapServersFor(port);
    }

    public synchronized int port() {
        return port;
    }

    public Path logDir() {
        return logDir;
    }

    private Properties brokerProperties() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        p.put("listeners", BROKER_LISTENER + "://localhost:" + port + "," + CONTROLLER_LISTENER + "://localhost:" + controllerPort);
        p.put("advertised.listeners", BROKER_LISTENER + "://localhost:" + port);
        p.put("listener.security.protocol.map", BROKER_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.put("inter.broker.listener.name", BROKER_LISTENER);
        p.put("controller.listener.names", CONTROLLER_LISTENER);
        p.put("log.dirs", logDir.toString());
        // One node: every internal topic has a single replica. Few partitions keep the first consumer-group
        // and transaction start fast.
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("num.partitions", "1");
        // Safety net: services create their topics through NewTopic beans (KafkaAdmin); a topic that nobody
        // declared is still created on first use.
        p.put("auto.create.topics.enable", "true");
        p.put("group.initial.rebalance.delay.ms", "0");
        // A small machine: fewer threads and a smaller log-cleaner buffer than a production broker.
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "4");
        p.put("background.threads", "4");
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(16 * 1024 * 1024));
        p.put("log.cleaner.threads", "1");
        extraProperties.forEach(p::put);
        return p;
    }

    private void format() throws IOException {
        String clusterId = Uuid.randomUuid().toString();
        log.info("Formatting Kafka log directory {} (cluster id {})", logDir, clusterId);
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setClusterId(clusterId)
                    .setNodeId(NODE_ID)
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setMetadataLogDirectory(logDir.toString())
                    .setDirectories(List.of(logDir.toString()))
                    .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .run();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("formatting " + logDir + " failed: " + e.getMessage(), e);
        }
    }

    /** startup() returns before the broker has registered and been unfenced; wait until a client sees it. */
    private void awaitReady() {
        Properties admin = new Properties();
        admin.putAll(clientProperties);
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServersFor(port));
        admin.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        admin.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "2000");
        admin.put(AdminClientConfig.RETRY_BACKOFF_MS_CONFIG, "50");
        admin.put(AdminClientConfig.RETRY_BACKOFF_MAX_MS_CONFIG, "200");
        admin.put(AdminClientConfig.RECONNECT_BACKOFF_MS_CONFIG, "20");
        admin.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "200");
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        Exception last = null;
        try (Admin client = Admin.create(admin)) {
            while (System.nanoTime() < deadline) {
                try {
                    if (!client.describeCluster(new DescribeClusterOptions().timeoutMs(2000))
                            .nodes().get(3, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the broker", e);
                } catch (Exception e) {
                    last = e;
                }
                pause(50);
            }
        }
        throw new IllegalStateException("broker did not become ready within " + READY_TIMEOUT.toSeconds() + " s", last);
    }

    private static void shutdownQuietly(KafkaRaftServer raftServer) {
        try {
            raftServer.shutdown();
            raftServer.awaitShutdown();
        } catch (RuntimeException e) {
            log.warn("Kafka broker shutdown: {}", e.toString());
        }
    }

    /**
     * Kafka calls {@code Exit.exit/halt} on fatal errors, which would end the whole JVM (five services and the
     * tests with it). Log loudly instead and let the caller see the broker fail.
     */
    private static void installExitGuard() {
        Exit.setExitProcedure((code, message) ->
                log.error("Kafka broker asked the JVM to exit with status {}: {} (ignored in keten-local)", code, message));
        Exit.setHaltProcedure((code, message) ->
                log.error("Kafka broker asked the JVM to halt with status {}: {} (ignored in keten-local)", code, message));
    }

    private static boolean isBindProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException
                    || (t.getMessage() != null && t.getMessage().contains("Address already in use"))) {
                return true;
            }
        }
        return false;
    }

    private static String bootstrapServersFor(int port) {
        return "localhost:" + port;
    }


    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
