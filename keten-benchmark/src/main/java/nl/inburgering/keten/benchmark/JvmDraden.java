package nl.inburgering.keten.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * The CPU of the JVM's own threads that ThreadMXBean does not list, from /proc/self/task: the JIT compilers (C1,
 * C2), the garbage collector and the VM thread (safepoints). In a run of minutes the compilers are a real part of the
 * machine's CPU that a service in production, running for weeks, pays once (issue 17: what remains). Sampled once a
 * second, because the JVM starts and ends compiler threads as it needs them and an ended thread takes its counters
 * with it: such a thread's last second is lost.
 */
final class JvmDraden {

    static final String JIT = "jit";
    static final String GC = "gc";
    static final String VM = "vm";

    private static final Path TAKEN = Path.of("/proc/self/task");
    private static final double TICKS_PER_SECONDE = 100; // USER_HZ on Linux

    private final Map<Integer, Long> begin = new HashMap<>();
    private final Map<Integer, Long> laatst = new HashMap<>();
    private final Map<Integer, String> soort = new HashMap<>();
    private volatile boolean actief;
    private Thread thread;

    static boolean beschikbaar() {
        return Files.isDirectory(TAKEN);
    }

    /** The kind of JVM thread by its name in /proc ({@code comm}, at most 15 characters), or null for another. */
    static String soortVan(String comm) {
        if (comm.startsWith("C1 CompilerThre") || comm.startsWith("C2 CompilerThre")) {
            return JIT;
        }
        if (comm.startsWith("GC Thread") || comm.startsWith("G1 ")) {
            return GC;
        }
        return comm.equals("VM Thread") ? VM : null;
    }

    /** utime + stime in ticks from a line of /proc/.../stat (the fields after the name in parentheses). */
    static long ticks(String stat) {
        String[] velden = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(velden[11]) + Long.parseLong(velden[12]);
    }

    void start() {
        monster(begin);
        actief = true;
        thread = new Thread(() -> {
            while (actief) {
                LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(1));
                monster(null);
            }
        }, "benchmark-jvmdraden");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops sampling; the CPU seconds of each kind since {@link #start()}. */
    Map<String, Double> stop() {
        actief = false;
        if (thread != null) {
            LockSupport.unpark(thread);
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        monster(null);
        Map<String, Double> seconden = new LinkedHashMap<>();
        for (String s : new String[] { JIT, GC, VM }) {
            seconden.put(s, 0.0);
        }
        synchronized (this) {
            laatst.forEach((tid, ticks) -> seconden.merge(soort.get(tid),
                    (ticks - begin.getOrDefault(tid, 0L)) / TICKS_PER_SECONDE, Double::sum));
        }
        return seconden;
    }

    private synchronized void monster(Map<Integer, Long> ook) {
        try (Stream<Path> taken = Files.list(TAKEN)) {
            taken.forEach(taak -> {
                try {
                    int tid = Integer.parseInt(taak.getFileName().toString());
                    String s = soort.computeIfAbsent(tid, t -> lees(taak.resolve("comm")));
                    if (s == null || s.isEmpty()) {
                        return;
                    }
                    long t = ticks(Files.readString(taak.resolve("stat")));
                    laatst.merge(tid, t, Math::max);
                    if (ook != null) {
                        ook.put(tid, t);
                    }
                } catch (IOException | RuntimeException e) {
                    // the thread ended between the listing and the read
                }
            });
        } catch (IOException e) {
            // no /proc: beschikbaar() said so
        }
    }

    /** The kind, or "" for a thread of another kind (computeIfAbsent keeps no null). */
    private static String lees(Path comm) {
        try {
            String s = soortVan(Files.readString(comm).strip());
            return s == null ? "" : s;
        } catch (IOException e) {
            return "";
        }
    }
}
