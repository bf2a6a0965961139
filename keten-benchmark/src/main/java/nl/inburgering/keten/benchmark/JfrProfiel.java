package nl.inburgering.keten.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * The flame summary of a Java Flight Recording of the measured run ({@code --jfr}): the share of the CPU samples
 * ({@code jdk.ExecutionSample}) per library, read as {@link Draadprofiel#onderdeel} reads a stack (the first frame
 * from the top that belongs to a library we know), and per kind of thread. It says where the chain's own JVM spends
 * its CPU, without a flame graph tool; PostgreSQL's share is in the report's process CPU.
 */
final class JfrProfiel {

    private final Map<String, Long> perOnderdeel = new TreeMap<>();
    private final Map<String, Long> perDraad = new TreeMap<>();
    private long monsters;

    private JfrProfiel() {
    }

    /**
     * The summary of a recording made elsewhere (e.g. by an older version of the benchmark):
     * {@code java -cp keten-benchmark/target/classes nl.inburgering.keten.benchmark.JfrProfiel run.jfr}.
     */
    public static void main(String[] args) throws IOException {
        JfrProfiel profiel = lees(Path.of(args[0]));
        System.out.printf("CPU samples: %d%nper library: %s%nper thread: %s%n", profiel.monsters(),
                afgerond(profiel.perOnderdeelProcent()), afgerond(profiel.perDraadProcent()));
    }

    private static Map<String, String> afgerond(Map<String, Double> procenten) {
        Map<String, String> uit = new LinkedHashMap<>();
        procenten.forEach((k, v) -> uit.put(k, String.format(java.util.Locale.ROOT, "%.1f %%", v)));
        return uit;
    }

    static JfrProfiel lees(Path opname) throws IOException {
        JfrProfiel profiel = new JfrProfiel();
        try (RecordingFile bestand = new RecordingFile(opname)) {
            while (bestand.hasMoreEvents()) {
                RecordedEvent event = bestand.readEvent();
                if (event.getEventType().getName().equals("jdk.ExecutionSample")) {
                    profiel.neem(event.getStackTrace(), event.getThread("sampledThread"));
                }
            }
        }
        return profiel;
    }

    private void neem(RecordedStackTrace stapel, RecordedThread draad) {
        if (stapel == null) {
            return;
        }
        List<RecordedFrame> frames = stapel.getFrames();
        StackTraceElement[] elementen = new StackTraceElement[frames.size()];
        for (int i = 0; i < frames.size(); i++) {
            RecordedFrame f = frames.get(i);
            elementen[i] = new StackTraceElement(f.getMethod().getType().getName(), f.getMethod().getName(), null,
                    f.getLineNumber());
        }
        monsters++;
        perOnderdeel.merge(elementen.length == 0 ? "unknown" : Draadprofiel.onderdeel(elementen), 1L, Long::sum);
        perDraad.merge(soortDraad(draad == null ? null : draad.getJavaName()), 1L, Long::sum);
    }

    /** Thread names as Tomcat, Spring Kafka, the Kafka broker and our own relay give them. */
    static String soortDraad(String naam) {
        if (naam == null) {
            return "other";
        }
        if (naam.endsWith("| keten-benchmark-meter")) {
            return "benchmark"; // the Meter's Kafka admin client, not the broker (as CpuMeting.vanDeBenchmark)
        }
        if (naam.startsWith("http-nio-")) {
            return "HTTP (Tomcat workers)";
        }
        if (naam.contains("KafkaListenerEndpointContainer") || naam.contains("-C-")) {
            return "Kafka listeners";
        }
        if (naam.startsWith("outbox-relay") || naam.contains("relay")) {
            return "outbox relay";
        }
        if (naam.startsWith("kafka-producer-network-thread") || naam.startsWith("kafka-coordinator")) {
            return "Kafka clients (network)";
        }
        if (naam.startsWith("data-plane-kafka") || naam.startsWith("kafka-") || naam.startsWith("broker-")
                || naam.startsWith("controller-") || naam.contains("RequestHandler") || naam.contains("raft")) {
            return "Kafka broker";
        }
        if (naam.startsWith("benchmark") || naam.startsWith("aanvoer") || naam.startsWith("HttpClient")) {
            return "benchmark";
        }
        return "other";
    }

    long monsters() {
        return monsters;
    }

    /** Percent of the samples per library, largest first. */
    Map<String, Double> perOnderdeelProcent() {
        return procenten(perOnderdeel);
    }

    /** Percent of the samples per kind of thread, largest first. */
    Map<String, Double> perDraadProcent() {
        return procenten(perDraad);
    }

    private Map<String, Double> procenten(Map<String, Long> tellingen) {
        Map<String, Double> uit = new LinkedHashMap<>();
        tellingen.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> uit.put(e.getKey(), monsters == 0 ? 0 : 100.0 * e.getValue() / monsters));
        return uit;
    }
}
