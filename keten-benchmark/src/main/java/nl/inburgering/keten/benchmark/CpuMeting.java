package nl.inburgering.keten.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CPU per applied event of a part of the run (issue 17): of a wave, from the CPU counters and the applied counts at its
 * start and at its end; and of a delivery, from the CPU time of the consumer threads of the listener that applies it.
 * The arithmetic and the attribution are here, apart from the measuring, so they can be tested.
 */
final class CpuMeting {

    private CpuMeting() {
    }

    /**
     * The counters at one moment: the busy CPU seconds of the whole machine (all cores, from /proc/stat), of this JVM
     * and of PostgreSQL's processes so far, and how many events the consumers have applied so far (their inbox rows).
     */
    record Stip(double machineSeconden, double jvmSeconden, double postgresSeconden, long toegepast) {
    }

    /** What a stretch between two moments cost, and the events applied in it. */
    record Stuk(double machineSeconden, double jvmSeconden, double postgresSeconden, long toegepast) {

        /** Machine CPU milliseconds per applied event; null when none was applied (nothing to divide by). */
        Double cpuMsPerEvent() {
            return msPerEvent(machineSeconden, toegepast);
        }

        Double jvmCpuMsPerEvent() {
            return msPerEvent(jvmSeconden, toegepast);
        }
    }

    /**
     * From {@code begin} to {@code eind}. A counter never runs backwards; PostgreSQL's can (a backend that closes
     * takes its CPU time with it), so a difference is at least 0.
     */
    static Stuk tussen(Stip begin, Stip eind) {
        return new Stuk(Math.max(0, eind.machineSeconden() - begin.machineSeconden()),
                Math.max(0, eind.jvmSeconden() - begin.jvmSeconden()),
                Math.max(0, eind.postgresSeconden() - begin.postgresSeconden()),
                Math.max(0, eind.toegepast() - begin.toegepast()));
    }

    static Double msPerEvent(double seconden, long events) {
        return events <= 0 ? null : seconden * 1000 / events;
    }

    /** A listener of a service (its consumer threads are {@code <service>/<listener id>-C-<n>}) and its topics. */
    record Listener(String service, String listenerId, List<String> topics) {

        String sleutel() {
            return service + "/" + listenerId;
        }
    }

    /** The service and listener id of a consumer thread; null for any other thread. */
    record Draadnaam(String service, String listenerId) {

        /** The platform's name {@code <service>/<listener id>-C-<n>} (PlatformAutoConfiguration). */
        private static final Pattern PLATFORM = Pattern.compile("^([^/]+)/(.+)-C-\\d+$");
        /** Spring Kafka's own name, {@code <listener id>[-<child>]-C-<n>}: a consumer thread, but whose is unknown. */
        private static final Pattern SPRING = Pattern.compile("^.+-C-\\d+$");

        static Draadnaam van(String naam) {
            Matcher m = PLATFORM.matcher(naam);
            if (m.matches()) {
                return new Draadnaam(m.group(1), m.group(2));
            }
            return SPRING.matcher(naam).matches() ? new Draadnaam(null, naam) : null;
        }

        String sleutel() {
            return service + "/" + listenerId;
        }
    }

    /** As Meter's PER_SOORT_AFNEMER: {@code duo.inburgeringsplicht.v1.gemeente.0363} -> {@code ...v1.gemeente}. */
    static String perSoortAfnemer(String topic) {
        return topic.replaceFirst("\\.(gemeente|instelling)\\.[0-9A-Za-z]+$", ".$1");
    }

    /** CPU nanoseconds of every live thread of this JVM now, by thread id; names beside them. */
    record Draden(Map<Long, Long> cpuNanos, Map<Long, String> namen) {

        static boolean beschikbaar() {
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            return mx.isThreadCpuTimeSupported() && mx.isThreadCpuTimeEnabled();
        }

        static Draden nu() {
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            Map<Long, Long> cpu = new HashMap<>();
            Map<Long, String> namen = new HashMap<>();
            long[] ids = mx.getAllThreadIds();
            ThreadInfo[] infos = mx.getThreadInfo(ids);
            for (int i = 0; i < ids.length; i++) {
                long nanos = mx.getThreadCpuTime(ids[i]);
                if (infos[i] != null && nanos >= 0) { // -1: the thread ended meanwhile
                    cpu.put(ids[i], nanos);
                    namen.put(ids[i], infos[i].getThreadName());
                }
            }
            return new Draden(cpu, namen);
        }
    }

    /**
     * The consumer threads' CPU between two moments, per listener. A thread that started in between counts from 0; one
     * that ended in between is lost (its CPU time goes with it; the listeners' threads live as long as the service). A
     * consumer thread whose name names no listener of {@code listeners} is unattributed.
     */
    record Verdeling(Map<Listener, Double> cpuMsPerListener, Map<Listener, Integer> dradenPerListener,
            double onbekendCpuMs, List<String> onbekendeDraden) {
    }

    static Verdeling verdeel(Draden begin, Draden eind, List<Listener> listeners) {
        Map<String, Listener> perSleutel = new HashMap<>();
        listeners.forEach(l -> perSleutel.put(l.sleutel(), l));
        Map<Listener, Double> cpu = new LinkedHashMap<>();
        Map<Listener, Integer> draden = new LinkedHashMap<>();
        listeners.forEach(l -> {
            cpu.put(l, 0.0);
            draden.put(l, 0);
        });
        double onbekend = 0;
        List<String> onbekendeDraden = new ArrayList<>();
        for (Map.Entry<Long, Long> e : eind.cpuNanos().entrySet()) {
            String naam = eind.namen().get(e.getKey());
            Draadnaam draad = naam == null ? null : Draadnaam.van(naam);
            if (draad == null) {
                continue;
            }
            double ms = Math.max(0, e.getValue() - begin.cpuNanos().getOrDefault(e.getKey(), 0L)) / 1e6;
            Listener l = draad.service() == null ? null : perSleutel.get(draad.sleutel());
            if (l == null) {
                onbekend += ms;
                onbekendeDraden.add(naam);
            } else {
                cpu.merge(l, ms, Double::sum);
                draden.merge(l, 1, Integer::sum);
            }
        }
        java.util.Collections.sort(onbekendeDraden);
        return new Verdeling(cpu, draden, onbekend, onbekendeDraden);
    }

    /**
     * The benchmark's own threads (issue 17), by name: the load generator's clients ({@code benchmark-client}), their
     * HTTP client's workers ({@code benchmark-http-<n>}), the Meter and the thread profiler ({@code benchmark-meter},
     * {@code benchmark-profiel}), the Meter's Kafka admin client ({@code kafka-admin-client-thread |
     * keten-benchmark-meter}) and the thread that drives the waves and waits for the chain ({@code bestuurder}: the
     * thread that runs the benchmark, {@code main}). The services', the broker's and the token issuer's threads are
     * none of these.
     */
    static boolean vanDeBenchmark(String naam, String bestuurder) {
        return naam.startsWith("benchmark-") || naam.equals(bestuurder) || naam.endsWith("| keten-benchmark-meter");
    }

    /** The benchmark's own CPU between two moments: in all, and per kind of thread (a name without its number). */
    record EigenCpu(double cpuMs, Map<String, Double> cpuMsPerDraad) {
    }

    /**
     * The CPU of the benchmark's own threads between two moments. A thread that started in between counts from 0. A
     * thread that ended in between takes its CPU time with it: the benchmark's threads that end (the clients of a
     * wave, idle HTTP workers) add it to a total as they end, and {@code beeindigdNanos} is that total's growth in
     * between; one of them that was already there at the start has its CPU at the start taken off.
     */
    static EigenCpu vanDeBenchmark(Draden begin, Draden eind, String bestuurder, long beeindigdNanos) {
        Map<String, Double> perDraad = new TreeMap<>();
        double ms = 0;
        for (Map.Entry<Long, Long> e : eind.cpuNanos().entrySet()) {
            String naam = eind.namen().get(e.getKey());
            if (naam == null || !vanDeBenchmark(naam, bestuurder)) {
                continue;
            }
            double draad = Math.max(0, e.getValue() - begin.cpuNanos().getOrDefault(e.getKey(), 0L)) / 1e6;
            ms += draad;
            perDraad.merge(soortDraad(naam), draad, Double::sum);
        }
        double beeindigd = beeindigdNanos / 1e6;
        for (Map.Entry<Long, Long> e : begin.cpuNanos().entrySet()) {
            String naam = begin.namen().get(e.getKey());
            if (naam != null && vanDeBenchmark(naam, bestuurder) && !eind.cpuNanos().containsKey(e.getKey())) {
                beeindigd -= e.getValue() / 1e6;
            }
        }
        beeindigd = Math.max(0, beeindigd);
        if (beeindigdNanos > 0) {
            perDraad.merge("ended in between (clients, HTTP workers)", beeindigd, Double::sum);
        }
        return new EigenCpu(ms + beeindigd, perDraad);
    }

    /** {@code benchmark-http-3} and {@code benchmark-http-7} are one kind of thread. */
    private static String soortDraad(String naam) {
        return naam.replaceFirst("-\\d+$", "");
    }

    /** A delivery as the latency table has it: its row name, topic (per kind of recipient), consumer and events. */
    record Aflevering(String naam, String topic, String consument, long toegepast) {
    }

    /** The consumer CPU a delivery cost: milliseconds in all, per applied event. */
    record AfleveringCpu(double cpuMs, Double cpuMsPerEvent) {
    }

    /**
     * Each listener's CPU over the deliveries it applies (same consumer, its topic among the listener's): in proportion
     * to their applied events, which gives each the listener's mean per event. A listener that applies one delivery
     * (most) gives it all; one with several topics (the leveringsafspraken) or a topic the table splits by kind of
     * fact (#3, #6, #19) cannot tell the cost of one from the other's. The CPU of a listener with no applied event
     * in the table (its poll loop, idle in this run) is returned under its key in {@code zonderEvents}.
     * {@code topicInDeTabel} names a listener's topic as the table names a delivery's.
     */
    static Map<String, AfleveringCpu> perAflevering(Map<Listener, Double> cpuMsPerListener,
            List<Aflevering> afleveringen, java.util.function.Function<String, String> topicInDeTabel,
            Map<String, Double> zonderEvents) {
        Map<String, Double> cpu = new LinkedHashMap<>();
        Map<String, Double> perEvent = new HashMap<>();
        for (Map.Entry<Listener, Double> e : cpuMsPerListener.entrySet()) {
            Listener l = e.getKey();
            Set<String> topics = new LinkedHashSet<>();
            l.topics().forEach(t -> topics.add(topicInDeTabel.apply(t)));
            List<Aflevering> van = afleveringen.stream()
                    .filter(a -> a.consument().equals(l.service()) && topics.contains(a.topic())).toList();
            long events = van.stream().mapToLong(Aflevering::toegepast).sum();
            if (events == 0) {
                zonderEvents.merge(l.sleutel() + " " + String.join(",", topics), e.getValue(), Double::sum);
                continue;
            }
            double ms = e.getValue() / events;
            for (Aflevering a : van) {
                cpu.merge(a.naam(), ms * a.toegepast(), Double::sum);
            }
        }
        Map<String, Long> toegepast = new HashMap<>();
        afleveringen.forEach(a -> toegepast.merge(a.naam(), a.toegepast(), Long::sum));
        Map<String, AfleveringCpu> uit = new TreeMap<>();
        cpu.forEach((naam, ms) -> perEvent.put(naam, msPerEvent(ms / 1000, toegepast.getOrDefault(naam, 0L))));
        cpu.forEach((naam, ms) -> uit.put(naam, new AfleveringCpu(ms, perEvent.get(naam))));
        return uit;
    }
}
