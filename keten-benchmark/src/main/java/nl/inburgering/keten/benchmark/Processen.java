package nl.inburgering.keten.benchmark;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What Linux tells about processes and the machine in {@code /proc}; 0 or empty where it tells nothing. */
final class Processen {

    /** Clock ticks per second of {@code /proc/<pid>/stat} (USER_HZ; 100 on every common Linux). */
    static final int TICKS = 100;

    private Processen() {
    }

    static boolean linux() {
        return Files.isReadable(Path.of("/proc/self/status"));
    }

    /** VmRSS of a process in bytes ({@code "self"} for this JVM). */
    static long rss(String pid) {
        return kB(Path.of("/proc", pid, "status"), "VmRSS:");
    }

    /** VmHWM of a process in bytes: the peak of its RSS since it started. */
    static long rssPiek(long pid) {
        return kB(Path.of("/proc", String.valueOf(pid), "status"), "VmHWM:");
    }

    /**
     * The proportional set size of a process in bytes: its own pages plus its share of pages it shares (PostgreSQL's
     * shared buffers are shared by all its processes; summed RSS would count them once per process). RSS if the
     * kernel has no smaps_rollup.
     */
    static long pss(int pid) {
        long pss = kB(Path.of("/proc", String.valueOf(pid), "smaps_rollup"), "Pss:");
        return pss > 0 ? pss : rss(String.valueOf(pid));
    }

    static int ouder(int pid) {
        String[] stat = stat(pid);
        return stat.length > 3 ? Integer.parseInt(stat[3]) : 0;
    }

    /**
     * The pid and its children (one level: PostgreSQL's backends and helpers are children of the postmaster). From
     * the kernel's list of the process's children when it keeps one ({@code /proc/<pid>/task/<pid>/children}, one
     * file; the postmaster has one thread); else by reading the parent of every process on the machine, which the
     * Meter did every second twice and cost more than the rest of its sample (issue 17).
     */
    static List<Integer> metKinderen(int pid) {
        List<Integer> pids = new ArrayList<>();
        pids.add(pid);
        try {
            for (String kind : Files.readString(Path.of("/proc", String.valueOf(pid), "task", String.valueOf(pid),
                    "children")).trim().split("\\s+")) {
                if (!kind.isEmpty()) {
                    pids.add(Integer.parseInt(kind));
                }
            }
            return pids;
        } catch (IOException | RuntimeException e) {
            // a kernel without CONFIG_PROC_CHILDREN: look at every process
        }
        return metKinderenUitAlleProcessen(pid);
    }

    /** As {@link #metKinderen}, from every process's parent in {@code /proc/<pid>/stat}. */
    static List<Integer> metKinderenUitAlleProcessen(int pid) {
        List<Integer> pids = new ArrayList<>();
        pids.add(pid);
        try (DirectoryStream<Path> proc = Files.newDirectoryStream(Path.of("/proc"))) {
            for (Path p : proc) {
                String naam = p.getFileName().toString();
                if (naam.chars().allMatch(Character::isDigit)) {
                    int kind = Integer.parseInt(naam);
                    if (kind != pid && ouder(kind) == pid) {
                        pids.add(kind);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // processes come and go while we look
        }
        return pids;
    }

    /** User plus system CPU time of a process in ticks. */
    static long cpuTicks(int pid) {
        String[] stat = stat(pid);
        if (stat.length < 15) {
            return 0;
        }
        return Long.parseLong(stat[13]) + Long.parseLong(stat[14]);
    }

    /** Total and idle ticks of the whole machine ({@code /proc/stat} line cpu). */
    static long[] machineTicks() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long totaal = 0;
            for (int i = 1; i < cpu.length && i <= 8; i++) {
                totaal += Long.parseLong(cpu[i]);
            }
            long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
            return new long[] { totaal, idle };
        } catch (IOException | RuntimeException e) {
            return new long[] { 0, 0 };
        }
    }

    static long geheugenTotaal() {
        return kB(Path.of("/proc/meminfo"), "MemTotal:");
    }

    static String cpuModel() {
        try {
            for (String regel : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (regel.startsWith("model name")) {
                    return regel.substring(regel.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException e) {
            // not Linux
        }
        return System.getProperty("os.arch");
    }

    private static String[] stat(int pid) {
        try {
            String s = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // the command name (field 2) is in parentheses and may contain spaces
            String na = s.substring(s.lastIndexOf(')') + 2);
            String[] velden = na.split(" ");
            String[] alle = new String[velden.length + 2];
            alle[0] = String.valueOf(pid);
            alle[1] = s.substring(s.indexOf('(') + 1, s.lastIndexOf(')'));
            System.arraycopy(velden, 0, alle, 2, velden.length);
            return alle;
        } catch (IOException | RuntimeException e) {
            return new String[0];
        }
    }

    private static long kB(Path bestand, String sleutel) {
        try {
            for (String regel : Files.readAllLines(bestand)) {
                if (regel.startsWith(sleutel)) {
                    return Long.parseLong(regel.substring(sleutel.length()).trim().split("\\s+")[0]) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone, or not Linux
        }
        return 0;
    }
}
