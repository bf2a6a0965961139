package nl.inburgering.keten.benchmark;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import org.HdrHistogram.Histogram;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The garbage collector's stop-the-world pauses of this JVM during the measured run (issue 17, latency below
 * capacity). With the services in this JVM every pause stops every service, the broker and the relays at once: an
 * event in flight during a pause is late by the pause. The latency report tells how many of the slow events had a
 * pause in their flight ({@link Vluchten}), which separates the collector's share of the tail from the chain's own.
 *
 * <p>Read from the collectors' JMX notifications: one per collection, with its start and duration in milliseconds
 * since the JVM started. A collector whose work runs beside the application (a name with "Cycles" or "Concurrent",
 * e.g. ZGC's cycles) reports no pause of its own and is left out; G1's "Young Generation" (young and mixed) and
 * "Old Generation" (full) collections are pauses.
 */
final class GcPauzes implements AutoCloseable {

    /** One pause: when it began (wall clock), how long it took, the collector and its cause. */
    record Pauze(Instant begin, Duration duur, String collector, String oorzaak) {

        Instant eind() {
            return begin.plus(duur);
        }
    }

    private final ConcurrentLinkedQueue<Pauze> pauzes = new ConcurrentLinkedQueue<>();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener luisteraar = this::ontvang;
    private final long jvmStartMillis = ManagementFactory.getRuntimeMXBean().getStartTime();

    /** Starts listening to every collector of this JVM. */
    static GcPauzes start() {
        GcPauzes g = new GcPauzes();
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (bean instanceof NotificationEmitter emitter && pauzeert(bean.getName())) {
                emitter.addNotificationListener(g.luisteraar, null, null);
                g.emitters.add(emitter);
            }
        }
        return g;
    }

    static boolean pauzeert(String collector) {
        return !collector.contains("Cycles") && !collector.contains("Concurrent");
    }

    private void ontvang(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        pauzes.add(new Pauze(Instant.ofEpochMilli(jvmStartMillis + info.getGcInfo().getStartTime()),
                Duration.ofMillis(info.getGcInfo().getDuration()), info.getGcName(), info.getGcCause()));
    }

    /** The pauses so far, in the order they began. */
    List<Pauze> pauzes() {
        List<Pauze> lijst = new ArrayList<>(pauzes);
        lijst.sort(Comparator.comparing(Pauze::begin));
        return lijst;
    }

    @Override
    public void close() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(luisteraar);
            } catch (ListenerNotFoundException e) {
                // never added: nothing to remove
            }
        }
        emitters.clear();
    }

    /** The pauses in the report: how many, how long (p50 to max), and the longest with their moment in the run. */
    static Map<String, Object> samenvatting(List<Pauze> pauzes, Instant runBegin, Duration run) {
        Map<String, Object> m = new LinkedHashMap<>();
        // in microseconds, as the latencies, so that the pauses have the report's one definition of a percentile
        Histogram duren = new Histogram(3);
        pauzes.forEach(p -> duren.recordValue(p.duur().toNanos() / 1000));
        long totaal = pauzes.stream().mapToLong(p -> p.duur().toMillis()).sum();
        m.put("pauzes", pauzes.size());
        m.put("totaalMs", totaal);
        m.put("procentVanDeRun", run.isZero() ? null : KetenBenchmark.rond(100.0 * totaal / run.toMillis(), 2));
        m.put("duurMs", KetenBenchmark.latentie(duren));
        Map<String, Long> perOorzaak = new LinkedHashMap<>();
        pauzes.forEach(p -> perOorzaak.merge(p.collector() + ": " + p.oorzaak(), 1L, Long::sum));
        m.put("perCollectorEnOorzaak", perOorzaak);
        m.put("langste", pauzes.stream().sorted(Comparator.comparing(Pauze::duur).reversed()).limit(5)
                .map(p -> Map.of("naSeconden", KetenBenchmark.rond(Duration.between(runBegin, p.begin()).toMillis() / 1000.0, 1),
                        "ms", p.duur().toMillis(), "collector", p.collector(), "oorzaak", p.oorzaak()))
                .toList());
        return m;
    }

    /**
     * Whether an event's flight (stored by its producer until applied by its consumer) contained a pause, to count the
     * slow events with and without one.
     */
    static final class Vluchten {

        private final List<Pauze> pauzes;

        /** @param pauzes in the order they began, as {@link GcPauzes#pauzes()} gives them */
        Vluchten(List<Pauze> pauzes) {
            this.pauzes = pauzes;
        }

        boolean pauzeTijdens(Instant van, Instant tot) {
            // the last pause that began before the flight ended; earlier ones ended before it did (pauses do not overlap)
            int laag = 0;
            int hoog = pauzes.size() - 1;
            int gevonden = -1;
            while (laag <= hoog) {
                int midden = (laag + hoog) >>> 1;
                if (pauzes.get(midden).begin().isBefore(tot)) {
                    gevonden = midden;
                    laag = midden + 1;
                } else {
                    hoog = midden - 1;
                }
            }
            return gevonden >= 0 && pauzes.get(gevonden).eind().isAfter(van);
        }
    }
}
