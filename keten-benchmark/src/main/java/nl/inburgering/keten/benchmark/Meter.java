package nl.inburgering.keten.benchmark;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import nl.inburgering.keten.local.KetenService;
import nl.inburgering.keten.local.LocalKeten;

/**
 * Samples the chain every second while it runs: each service's outbox backlog, how many events each consumer has
 * applied, each consumer group's lag, the memory of the JVM, and the CPU time of the JVM, of PostgreSQL and of the
 * whole machine; every {@link #PSS_ELKE} seconds the memory of PostgreSQL (per service database).
 */
final class Meter implements AutoCloseable {

    /** One second of the time series. */
    record Monster(double t, Map<String, Long> achterstand, Map<String, Long> uitgegeven, Map<String, Long> toegepast,
            Map<String, Long> lag, long jvmRss, long heapGebruikt, long postgresPss, Map<String, Long> postgresPssPerDb,
            double cpuJvm, double cpuPostgres, double cpuMachine, Map<String, Long> commits) {
    }

    /**
     * PostgreSQL's memory (PSS) every this many samples, the samples between repeat it. The kernel's PSS of a process
     * ({@code smaps_rollup}) walks all its mappings, PostgreSQL's shared buffers included: for every backend that cost
     * this sampler 54 ms of CPU per second in the smoke test, nearly all of it kernel time that no Java profiler shows,
     * more than all its other figures together (issue 17). PostgreSQL's memory moves slowly.
     */
    static final int PSS_ELKE = 10;

    /**
     * The consumer groups' members and assignments every this many samples; in between the lag is counted over the
     * partitions seen assigned so far (a group's topics are fixed, its partitions stay counted through a rebalance
     * anyway). Describing the five groups was as much of the Meter's Kafka admin calls as the offsets themselves.
     */
    static final int GROEPEN_ELKE = 10;

    private final Databanken db;
    private final Admin admin;
    private final int postmaster;
    private final List<Monster> monsters = new ArrayList<>();
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private Thread thread;
    private volatile boolean actief;
    private long beginNano;
    private long vorigeJvmCpu;
    private long vorigePgCpu;
    private long[] vorigeMachine;
    private long vorigeNano;
    private long rondes;
    private long vorigePss;
    private Map<String, Long> vorigePssPerDb = Map.of();

    Meter(LocalKeten keten, Databanken db) throws SQLException {
        this.db = db;
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, keten.bootstrapServers());
        p.put(AdminClientConfig.CLIENT_ID_CONFIG, "keten-benchmark-meter");
        this.admin = Admin.create(p);
        this.postmaster = Processen.linux() ? db.postmasterPid() : 0;
        beginNano = System.nanoTime();
        nulpunt();
    }

    /** CPU counters from now on. */
    private void nulpunt() {
        vorigeNano = System.nanoTime();
        vorigeJvmCpu = os.getProcessCpuTime();
        vorigePgCpu = postgresCpuTicks();
        vorigeMachine = Processen.machineTicks();
    }

    Admin admin() {
        return admin;
    }

    int postmaster() {
        return postmaster;
    }

    /** Starts sampling, once a second, until {@link #stop()}. */
    synchronized void start() {
        monsters.clear();
        rondes = 0;
        beginNano = System.nanoTime();
        nulpunt();
        actief = true;
        thread = new Thread(() -> {
            long volgende = System.nanoTime();
            while (actief) {
                volgende += TimeUnit.SECONDS.toNanos(1);
                long wacht = volgende - System.nanoTime();
                if (wacht > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(wacht);
                }
                if (!actief) {
                    break;
                }
                try {
                    long ronde = rondes++;
                    Monster m = monster(ronde % PSS_ELKE == 0, ronde % GROEPEN_ELKE == 0);
                    synchronized (monsters) {
                        monsters.add(m);
                    }
                } catch (Exception e) {
                    if (actief) { // stop() interrupts a sample in progress: not worth a message
                        System.err.println("meter: " + e);
                    }
                }
            }
        }, "benchmark-meter");
        thread.setDaemon(true);
        thread.start();
    }

    List<Monster> stop() {
        actief = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (monsters) {
            return List.copyOf(monsters);
        }
    }

    /** One sample now, PostgreSQL's memory included (also used on its own, e.g. for the memory right after start). */
    Monster monster() throws Exception {
        return monster(true, true);
    }

    /**
     * One sample now; PostgreSQL's memory measured again or the last measurement repeated, the consumer groups'
     * assignments asked again or those seen so far.
     */
    private Monster monster(boolean postgresGeheugen, boolean groepen) throws Exception {
        long nu = System.nanoTime();
        Stand stand = stand();
        Map<String, Long> achterstand = stand.achterstand();
        Map<String, Long> uitgegeven = stand.uitgegeven();
        Map<String, Long> toegepast = stand.toegepastOpNaam();
        Map<String, Long> lag = lagEnStabiliteit(groepen).perGroep();
        long rss = Processen.rss("self");
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        Map<String, Long> pssPerDb = new LinkedHashMap<>();
        long pssTotaal = 0;
        // PostgreSQL's processes once per sample, for their memory and their CPU
        List<Integer> postgres = postmaster > 0 ? Processen.metKinderen(postmaster) : List.of();
        if (postmaster > 0 && postgresGeheugen) {
            Map<Integer, String> backends = db.backends();
            for (int pid : postgres) {
                long pss = Processen.pss(pid);
                pssTotaal += pss;
                String datname = backends.get(pid);
                if (datname != null) {
                    pssPerDb.merge(datname, pss, Long::sum);
                }
            }
            vorigePss = pssTotaal;
            vorigePssPerDb = new LinkedHashMap<>(pssPerDb);
        } else if (postmaster > 0) {
            pssTotaal = vorigePss;
            pssPerDb.putAll(vorigePssPerDb);
        }
        double seconden = (nu - vorigeNano) / 1e9;
        long jvmCpu = os.getProcessCpuTime();
        long pgCpu = cpuTicks(postgres);
        long[] machine = Processen.machineTicks();
        double cpuJvm = seconden <= 0 ? 0 : (jvmCpu - vorigeJvmCpu) / 1e9 / seconden * 100;
        double cpuPg = seconden <= 0 ? 0 : (pgCpu - vorigePgCpu) / (double) Processen.TICKS / seconden * 100;
        long totaal = machine[0] - vorigeMachine[0];
        double cpuMachine = totaal <= 0 ? 0 : 100.0 * (totaal - (machine[1] - vorigeMachine[1])) / totaal
                * Runtime.getRuntime().availableProcessors();
        vorigeNano = nu;
        vorigeJvmCpu = jvmCpu;
        vorigePgCpu = pgCpu;
        vorigeMachine = machine;
        Map<String, Long> commits = new LinkedHashMap<>();
        Map<String, Long> alle = db.commits();
        for (KetenService service : Stelseldienst.SERVICES) {
            commits.put(service.database(), alle.getOrDefault(service.database(), 0L));
        }
        return new Monster((nu - beginNano) / 1e9, achterstand, uitgegeven, toegepast, lag, rss, heap, pssTotaal,
                pssPerDb, cpuJvm, cpuPg, cpuMachine, commits);
    }

    /**
     * What the services have published and applied so far. Per kind of fact too: a consumer writes an inbox row only
     * for the kinds it handles (a tolerant reader leaves a kind it does not use, e.g. #3 beëindigd before the
     * gemeente reads it), so it is up to date when it has applied every event of each kind it has seen.
     */
    record Stand(Map<String, Long> achterstand, Map<String, Long> uitgegeven, Map<Stelseldienst, Long> toegepast,
            Map<String, Long> uitgegevenPerSoort, Map<Stelseldienst, Long> toegepastPerSoort) {

        long uit(String topic) {
            return uitgegeven.getOrDefault(topic, 0L);
        }

        /** Events of CloudEvents type {@code type} published on {@code topic} (a kind of recipient, as in uit). */
        long uit(String topic, String type) {
            return uitgegevenPerSoort.getOrDefault(topic + " " + type, 0L);
        }

        long totaleAchterstand() {
            return achterstand.values().stream().mapToLong(Long::longValue).sum();
        }

        /** Every consumer has applied every event of each topic and kind it has seen (an inbox row for each). */
        boolean alleConsumentenBij() {
            return toegepastPerSoort.entrySet().stream()
                    .allMatch(e -> e.getValue() >= uit(e.getKey().topic(), e.getKey().soort()));
        }

        Map<String, Long> toegepastOpNaam() {
            Map<String, Long> m = new java.util.TreeMap<>();
            toegepast.forEach((k, v) -> m.put(k.naam(), v));
            return m;
        }
    }

    /**
     * A stelseldienst per recipient (decision 0018) is counted per kind of recipient: the topics of all gemeenten as
     * {@code <stelseldienst>.gemeente} (a multi-tenant gemeente-service applies a fact on two gemeenten's topics once,
     * so facts are counted by CloudEvents id), COA's as {@code <stelseldienst>.coa}.
     */
    static final String PER_SOORT_AFNEMER = "regexp_replace(topic, '\\.(gemeente|instelling)\\.[0-9A-Za-z]+$', '.\\1')";

    /**
     * Per database: the outbox backlog; the events published per kind of recipient and CloudEvents type, a fact on the
     * topics of several gemeenten once (by its id); the events applied per kind of recipient and type. The kind of
     * recipient of each distinct topic, not of each row: a regular expression on every row, and the sort of every
     * row for the distinct ids, cost PostgreSQL 6 to 9 times the CPU of this query on tables of 6,000 and 30,000
     * rows, and the main thread asks it four times a second while it waits for the chain (issue 17).
     */
    static final String STAND = """
            with soort as materialized (select topic, %1$s as soort from (select distinct topic from outbox_event) t)
            select 'achterstand', '', '', count(*) from outbox_event where gepubliceerd_op is null
            union all select 'uit', soort, type, count(*) from
                (select distinct s.soort collate "C" as soort, o.type collate "C" as type, o.id
                 from outbox_event o join soort s using (topic)) x group by 2, 3
            union all select 'in', %1$s, type, sum(n)::bigint from
                (select topic, type, count(*) n from inbox_event group by 1, 2) i group by 2, 3
            """.formatted(PER_SOORT_AFNEMER);

    /** Outbox backlog per service, events published per topic, applied per delivery (one query per database). */
    Stand stand() throws SQLException {
        Map<String, Long> achterstand = new LinkedHashMap<>();
        Map<String, Long> uitgegeven = new LinkedHashMap<>();
        Map<Stelseldienst, Long> toegepast = new java.util.TreeMap<>(Stelseldienst.VOLGORDE);
        Map<String, Long> uitgegevenPerSoort = new LinkedHashMap<>();
        Map<Stelseldienst, Long> toegepastPerSoort = new java.util.TreeMap<>(Stelseldienst.VOLGORDE);
        for (KetenService service : Stelseldienst.SERVICES) {
            Connection c = db.van(service);
            synchronized (c) {
                try (PreparedStatement s = c.prepareStatement(STAND); ResultSet r = s.executeQuery()) {
                    db.geteld(service);
                    while (r.next()) {
                        String soort = r.getString(1);
                        if (soort.equals("achterstand")) {
                            achterstand.put(service.naam(), r.getLong(4));
                        } else if (soort.equals("uit")) {
                            uitgegeven.merge(r.getString(2), r.getLong(4), Long::sum);
                            uitgegevenPerSoort.merge(r.getString(2) + " " + r.getString(3), r.getLong(4), Long::sum);
                        } else {
                            toegepast.merge(new Stelseldienst(r.getString(2), service), r.getLong(4), Long::sum);
                            toegepastPerSoort.merge(new Stelseldienst(r.getString(2), service, r.getString(3)),
                                    r.getLong(4), Long::sum);
                        }
                    }
                }
            }
        }
        return new Stand(achterstand, uitgegeven, toegepast, uitgegevenPerSoort, toegepastPerSoort);
    }

    /**
     * Lag per consumer group (= service name): the latest offsets of the partitions assigned to its members minus
     * its committed offsets (no commit yet = from the start, as auto.offset.reset=earliest).
     */
    Map<String, Long> lag() throws Exception {
        return lagEnStabiliteit().perGroep();
    }

    /** The lag, and whether every group is stable (a group in a rebalance has no assignment to count lag over). */
    record Lag(Map<String, Long> perGroep, boolean stabiel) {
        boolean nul() {
            return stabiel && perGroep.values().stream().allMatch(l -> l == 0);
        }
    }

    /** Partitions once assigned to a group stay counted, also while the group rebalances. */
    private final Map<String, Set<TopicPartition>> gezien = new java.util.concurrent.ConcurrentHashMap<>();

    Lag lagEnStabiliteit() throws Exception {
        return lagEnStabiliteit(true);
    }

    /**
     * With {@code beschrijf} false the groups are not described: the lag is over the partitions seen assigned
     * before, and stable says nothing (true).
     */
    private Lag lagEnStabiliteit(boolean beschrijf) throws Exception {
        List<String> groepen = Stelseldienst.SERVICES.stream().map(KetenService::naam).toList();
        Map<String, Set<TopicPartition>> toegewezen = new LinkedHashMap<>();
        boolean stabiel = true;
        if (!beschrijf) {
            groepen.forEach(groep -> {
                Set<TopicPartition> partities = gezien.get(groep);
                if (partities != null) {
                    toegewezen.put(groep, partities);
                }
            });
        }
        var beschrijvingen = beschrijf ? admin.describeConsumerGroups(groepen).describedGroups() : null;
        for (String groep : beschrijf ? groepen : List.<String>of()) {
            try {
                var beschrijving = beschrijvingen.get(groep).get(10, TimeUnit.SECONDS);
                Set<TopicPartition> partities = gezien.computeIfAbsent(groep, k -> ConcurrentHashMap.newKeySet());
                beschrijving.members().forEach(m -> partities.addAll(m.assignment().topicPartitions()));
                stabiel &= beschrijving.groupState() == org.apache.kafka.common.GroupState.STABLE
                        || beschrijving.groupState() == org.apache.kafka.common.GroupState.EMPTY && partities.isEmpty();
                toegewezen.put(groep, partities);
            } catch (java.util.concurrent.ExecutionException e) {
                // a service without listeners has no group (GroupIdNotFoundException)
            } catch (java.util.concurrent.TimeoutException e) {
                // the broker did not answer in time (a loaded machine): this group counts as not stable this once,
                // its partitions as seen before
                stabiel = false;
                toegewezen.put(groep, gezien.computeIfAbsent(groep, k -> ConcurrentHashMap.newKeySet()));
            }
        }
        Map<TopicPartition, OffsetSpec> vraag = new HashMap<>();
        toegewezen.values().forEach(ps -> ps.forEach(tp -> vraag.put(tp, OffsetSpec.latest())));
        Map<TopicPartition, Long> laatste = new HashMap<>();
        if (!vraag.isEmpty()) {
            admin.listOffsets(vraag).all().get(10, TimeUnit.SECONDS).forEach((tp, info) -> laatste.put(tp, info.offset()));
        }
        // the committed offsets of every group in one request
        Map<String, ListConsumerGroupOffsetsSpec> vragen = new LinkedHashMap<>();
        for (String groep : groepen) {
            Set<TopicPartition> partities = toegewezen.getOrDefault(groep, Set.of());
            if (!partities.isEmpty()) {
                vragen.put(groep, new ListConsumerGroupOffsetsSpec());
            }
        }
        Map<String, Map<TopicPartition, OffsetAndMetadata>> vastgelegdPerGroep = vragen.isEmpty() ? Map.of()
                : admin.listConsumerGroupOffsets(vragen).all().get(10, TimeUnit.SECONDS);
        Map<String, Long> lag = new LinkedHashMap<>();
        for (String groep : groepen) {
            Set<TopicPartition> partities = toegewezen.getOrDefault(groep, Set.of());
            if (partities.isEmpty()) {
                continue;
            }
            Map<TopicPartition, OffsetAndMetadata> vastgelegd = vastgelegdPerGroep.getOrDefault(groep, Map.of());
            long som = 0;
            for (TopicPartition tp : partities) {
                OffsetAndMetadata o = vastgelegd.get(tp);
                som += Math.max(0, laatste.getOrDefault(tp, 0L) - (o == null ? 0 : o.offset()));
            }
            lag.put(groep, som);
        }
        return new Lag(lag, stabiel);
    }

    /**
     * CPU seconds used so far by this JVM, by PostgreSQL's processes (those still running: a closed connection's
     * backend takes its CPU time with it) and by the whole machine (all cores, busy = not idle or waiting for I/O).
     */
    double[] cpuSeconden() {
        long[] machine = Processen.machineTicks();
        return new double[] { os.getProcessCpuTime() / 1e9, postgresCpuTicks() / (double) Processen.TICKS,
                (machine[0] - machine[1]) / (double) Processen.TICKS };
    }

    long postgresCpuTicks() {
        return postmaster <= 0 ? 0 : cpuTicks(Processen.metKinderen(postmaster));
    }

    private static long cpuTicks(List<Integer> pids) {
        long som = 0;
        for (int pid : pids) {
            som += Processen.cpuTicks(pid);
        }
        return som;
    }

    @Override
    public void close() {
        stop();
        admin.close();
    }
}
