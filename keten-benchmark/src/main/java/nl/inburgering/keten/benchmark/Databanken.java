package nl.inburgering.keten.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import nl.inburgering.keten.local.KetenService;
import nl.inburgering.keten.local.LocalKeten;
import nl.inburgering.keten.local.LocalPostgres;

/**
 * The benchmark's own JDBC connections to the services' databases, for reading what the services did (never for
 * changing it, except the bulk loader). Every statement runs in autocommit and so is one transaction in
 * {@code pg_stat_database.xact_commit}: they are counted, so the chain's own commits can be told apart.
 */
final class Databanken implements AutoCloseable {

    private final LocalKeten keten;
    private final Map<KetenService, Connection> verbindingen = new EnumMap<>(KetenService.class);
    private final Map<String, AtomicLong> eigenTransacties = new HashMap<>();
    private Connection postgres;

    Databanken(LocalKeten keten) {
        this.keten = keten;
    }

    synchronized Connection van(KetenService service) throws SQLException {
        Connection c = verbindingen.get(service);
        if (c == null || c.isClosed()) {
            c = DriverManager.getConnection(keten.jdbcUrl(service), eigenschappen());
            c.setAutoCommit(true);
            verbindingen.put(service, c);
        }
        return c;
    }

    /**
     * No parallel workers for the benchmark's queries (a startup option, so no statement and no transaction): on two
     * busy cores they only add processes, and their CPU would not be in the benchmark's own backends' (issue 17).
     */
    private static java.util.Properties eigenschappen() {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("user", LocalPostgres.USERNAME);
        p.setProperty("password", LocalPostgres.PASSWORD);
        p.setProperty("options", "-c max_parallel_workers_per_gather=0");
        return p;
    }

    /** A connection to the {@code postgres} database: cluster-wide views, no service's counters. */
    synchronized Connection beheer() throws SQLException {
        if (postgres == null || postgres.isClosed()) {
            postgres = DriverManager.getConnection(keten.postgres().jdbcUrl("postgres"), eigenschappen());
        }
        return postgres;
    }

    /** Counts one transaction of the benchmark in this service's database. */
    void geteld(KetenService service) {
        synchronized (eigenTransacties) {
            eigenTransacties.computeIfAbsent(service.database(), k -> new AtomicLong()).incrementAndGet();
        }
    }

    long eigenTransacties(KetenService service) {
        synchronized (eigenTransacties) {
            AtomicLong n = eigenTransacties.get(service.database());
            return n == null ? 0 : n.get();
        }
    }

    /** One long from a query on a service's database (one counted transaction). */
    long getal(KetenService service, String sql) throws SQLException {
        Connection c = van(service);
        synchronized (c) {
            try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
                geteld(service);
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** xact_commit per database, from the {@code postgres} database (does not count in the services' databases). */
    Map<String, Long> commits() throws SQLException {
        Map<String, Long> commits = new HashMap<>();
        Connection c = beheer();
        synchronized (c) {
            try (PreparedStatement s = c.prepareStatement("select datname, xact_commit from pg_stat_database where datname is not null");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    commits.put(r.getString(1), r.getLong(2));
                }
            }
        }
        return commits;
    }

    /**
     * The next transaction id of the cluster: its growth is the number of transactions that wrote (read-only ones
     * get no id), exact and at once, where pg_stat_database is flushed by each backend up to seconds later.
     */
    long volgendeXid() throws SQLException {
        Connection c = beheer();
        synchronized (c) {
            try (PreparedStatement s = c.prepareStatement("select pg_snapshot_xmax(pg_current_snapshot())::text::bigint");
                    ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /**
     * The pids of the PostgreSQL backends that serve the benchmark's own connections (issue 17: what its counting
     * queries cost PostgreSQL). From the driver, which knows its backend: asking the server would be a transaction.
     */
    synchronized java.util.List<Integer> eigenBackends() {
        java.util.List<Integer> pids = new java.util.ArrayList<>();
        java.util.List<Connection> alle = new java.util.ArrayList<>(verbindingen.values());
        if (postgres != null) {
            alle.add(postgres);
        }
        for (Connection c : alle) {
            try {
                if (!c.isClosed()) {
                    pids.add(c.unwrap(org.postgresql.PGConnection.class).getBackendPID());
                }
            } catch (SQLException e) {
                // not pgjdbc's, or closed meanwhile: not counted
            }
        }
        return pids;
    }

    /** Backend pid per database (for the memory of each service's PostgreSQL connections). */
    Map<Integer, String> backends() throws SQLException {
        Map<Integer, String> pids = new HashMap<>();
        Connection c = beheer();
        synchronized (c) {
            try (PreparedStatement s = c.prepareStatement("select pid, datname from pg_stat_activity where datname is not null");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    pids.put(r.getInt(1), r.getString(2));
                }
            }
        }
        return pids;
    }

    int postmasterPid() throws SQLException {
        Connection c = beheer();
        synchronized (c) {
            try (PreparedStatement s = c.prepareStatement("select pg_backend_pid()"); ResultSet r = s.executeQuery()) {
                r.next();
                return Processen.ouder(r.getInt(1));
            }
        }
    }

    @Override
    public synchronized void close() {
        for (Connection c : verbindingen.values()) {
            try {
                c.close();
            } catch (SQLException e) {
                // closing anyway
            }
        }
        verbindingen.clear();
        if (postgres != null) {
            try {
                postgres.close();
            } catch (SQLException e) {
                // closing anyway
            }
        }
    }
}
