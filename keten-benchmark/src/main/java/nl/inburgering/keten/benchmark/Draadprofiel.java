package nl.inburgering.keten.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A sampling profiler of this JVM's threads (the services, the broker and the benchmark all run in it): once a second
 * every thread's stack. A sample of a thread that is doing the chain's work (its stack passes through the
 * project's code, a Kafka listener or the broker's request handling) is put in a bucket: which work (the first
 * project frame: the listener, the controller, the outbox relay) and what the thread is doing there (waiting for
 * PostgreSQL, committing a Kafka offset, running Java code, ...). Idle threads (a listener waiting in poll, an idle
 * HTTP worker) are counted apart. The result says where the time of the chain's threads goes.
 * <p>
 * Once a second, not ten times (issue 17): a dump of every thread's stack stops every thread at a safepoint and
 * walks some 300 stacks, and at ten a second this sampler alone had 4.3 % of the JVM's CPU samples in a run, all of
 * it counted in the machine CPU per applied event (and a round took so long that it managed 3.7 a second). With
 * about 11 busy threads a round, a five-minute run still gives some 3,000 busy samples, enough for shares of a few
 * percent; a run of a minute's profile is coarse.
 */
final class Draadprofiel {

    /** One bucket: share of the busy samples. */
    record Regel(String werk, String bezigMet, long monsters, double aandeel) {
    }

    /** How often the threads are sampled by default. */
    static final Duration INTERVAL = Duration.ofSeconds(1);

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Duration interval;
    private final Map<String, Long> emmers = new HashMap<>();
    private final Map<String, Long> wachtend = new HashMap<>();
    private long rondes;
    private long bezig;
    private volatile boolean actief;
    private Thread thread;

    Draadprofiel() {
        this(INTERVAL);
    }

    Draadprofiel(Duration interval) {
        this.interval = interval;
    }

    Duration interval() {
        return interval;
    }

    void start() {
        actief = true;
        thread = new Thread(() -> {
            while (actief) {
                monster();
                java.util.concurrent.locks.LockSupport.parkNanos(interval.toNanos());
            }
        }, "benchmark-profiel");
        thread.setDaemon(true);
        thread.start();
    }

    void stop() {
        actief = false;
        if (thread != null) {
            java.util.concurrent.locks.LockSupport.unpark(thread); // not a second's wait for the last round
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    long rondes() {
        return rondes;
    }

    long bezigeMonsters() {
        return bezig;
    }

    /** Busy threads on average (busy samples per round): how many threads do the chain's work at once. */
    double gemiddeldBezig() {
        return rondes == 0 ? 0 : (double) bezig / rondes;
    }

    private void monster() {
        ThreadInfo[] infos = threads.dumpAllThreads(false, false);
        synchronized (this) {
            rondes++;
            for (ThreadInfo info : infos) {
                if (info == null || info.getThreadName().startsWith("benchmark-")) {
                    continue;
                }
                StackTraceElement[] stack = info.getStackTrace();
                if (vanDeBenchmark(stack)) {
                    continue;
                }
                String werk = werk(stack);
                if (werk == null) {
                    continue;
                }
                String bezigMet = bezigMet(info, stack);
                if (bezigMet == null) {
                    wachtend.merge(werk, 1L, Long::sum);
                    continue;
                }
                bezig++;
                emmers.merge(werk + "\u0000" + bezigMet, 1L, Long::sum);
            }
        }
    }

    private static boolean vanDeBenchmark(StackTraceElement[] stack) {
        for (StackTraceElement e : stack) {
            if (e.getClassName().startsWith("nl.inburgering.keten.benchmark.")) {
                return true;
            }
        }
        return false;
    }

    /** The work a thread is part of, or null for threads that are not the chain's (JVM, Hikari housekeeping, ...). */
    static String werk(StackTraceElement[] stack) {
        String filter = null;
        for (int j = stack.length - 1; j >= 0; j--) {
            String b = stack[j].getClassName();
            if (!b.startsWith("nl.inburgering.") || b.contains("$$")) {
                continue;
            }
            if (b.startsWith("nl.inburgering.platform.web.") || b.startsWith("nl.inburgering.platform.security.")
                    || b.startsWith("nl.inburgering.keten.")) {
                filter = filter == null ? kort(b) + "." + stack[j].getMethodName() : filter;
                continue;
            }
            return kort(b) + "." + stack[j].getMethodName();
        }
        if (filter != null) {
            return filter;
        }
        for (StackTraceElement e : stack) {
            String c = e.getClassName();
            if (c.startsWith("kafka.server.KafkaRequestHandler") || c.startsWith("kafka.network.")
                    || c.startsWith("org.apache.kafka.storage.") || c.startsWith("org.apache.kafka.raft.")) {
                return "Kafka broker";
            }
            if (c.startsWith("org.springframework.kafka.listener.KafkaMessageListenerContainer")) {
                return "Kafka listener container";
            }
            if (c.startsWith("org.apache.kafka.clients.producer.internals.Sender")) {
                return "Kafka producer sender";
            }
            if (c.startsWith("org.apache.tomcat.util.net.NioEndpoint") || c.startsWith("org.apache.catalina.")) {
                return "Tomcat";
            }
        }
        return null;
    }

    /** What the thread is doing; null when it is idle (waiting for work, not for a resource of the chain). */
    static String bezigMet(ThreadInfo info, StackTraceElement[] stack) {
        if (stack.length == 0) {
            return null;
        }
        boolean inProject = false;
        for (StackTraceElement e : stack) {
            if (e.getClassName().startsWith("nl.inburgering.")) {
                inProject = true;
                break;
            }
        }
        for (int i = 0; i < Math.min(stack.length, 40); i++) {
            String c = stack[i].getClassName();
            String m = stack[i].getMethodName();
            if (c.startsWith("org.postgresql.")) {
                if (onderweg(stack, "org.postgresql.jdbc.PgConnection", "commit")) {
                    return "PostgreSQL: commit";
                }
                String van = binnensteProjectframe(stack);
                return "PostgreSQL: query" + (van == null ? "" : " (" + van + ")");
            }
            if (c.startsWith("com.zaxxer.hikari.pool.HikariPool") && m.equals("getConnection")) {
                return "wait for a pooled connection";
            }
            if (c.equals("org.apache.kafka.clients.consumer.internals.ConsumerCoordinator") && m.startsWith("commitOffsetsSync")) {
                return "Kafka: offset commit (sync)";
            }
            if (c.startsWith("org.apache.kafka.clients.producer.KafkaProducer") && m.equals("flush")) {
                return "Kafka: producer flush";
            }
            if (c.startsWith("org.apache.kafka.clients.producer.internals.ProduceRequestResult") && m.equals("await")) {
                return "Kafka: wait for ack";
            }
            if (c.startsWith("java.util.concurrent.CompletableFuture") && m.equals("get") && inProject) {
                return "Kafka: wait for ack";
            }
            if (c.startsWith("nl.inburgering.platform.outbox.OutboxRelay") && m.equals("wachtOpWerk")) {
                return null;
            }
            if (c.startsWith("org.apache.kafka.clients.consumer") && m.equals("poll") && !inProject) {
                return null;
            }
        }
        if (!inProject) {
            // broker, Tomcat and listener threads: busy only while runnable outside a selector or a queue wait
            String top = stack[0].getClassName() + "." + stack[0].getMethodName();
            if (info.getThreadState() != Thread.State.RUNNABLE || top.contains("epoll") || top.contains("EPoll")
                    || top.startsWith("sun.nio.ch.") || top.contains("park")) {
                return null;
            }
            return "CPU (Java): " + onderdeel(stack);
        }
        if (info.getThreadState() == Thread.State.RUNNABLE) {
            return "CPU (Java): " + onderdeel(stack);
        }
        return "blocked/waiting: " + kort(stack[0].getClassName()) + "." + stack[0].getMethodName();
    }

    /** The innermost frame of the project's own code (not a proxy): which use of the database this is. */
    private static String binnensteProjectframe(StackTraceElement[] stack) {
        for (StackTraceElement e : stack) {
            String c = e.getClassName();
            if (c.startsWith("nl.inburgering.") && !c.contains("$$") && !c.contains("$")) {
                return kort(c) + "." + e.getMethodName();
            }
        }
        return null;
    }

    /** Which library the running code belongs to: the top frame's, read through the JDK's own frames. */
    static String onderdeel(StackTraceElement[] stack) {
        for (int i = 0; i < Math.min(stack.length, 30); i++) {
            String c = stack[i].getClassName();
            for (String[] o : ONDERDELEN) {
                if (c.startsWith(o[0])) {
                    return o[1];
                }
            }
        }
        String c = stack[0].getClassName();
        String[] delen = c.split("\\.");
        return delen.length > 2 ? delen[0] + "." + delen[1] + "." + delen[2] : c;
    }

    private static final String[][] ONDERDELEN = {
            { "nl.inburgering.", "project code" },
            { "org.hibernate.validator.", "Bean Validation" },
            { "org.hibernate.", "Hibernate/JPA" },
            { "org.springframework.data.", "Spring Data" },
            { "org.springframework.security.", "Spring Security (JWT)" },
            { "com.nimbusds.", "Spring Security (JWT)" },
            { "org.springframework.kafka.", "Spring Kafka" },
            { "org.apache.kafka.", "Kafka client/broker" },
            { "kafka.", "Kafka broker" },
            { "io.cloudevents.", "CloudEvents" },
            { "org.apache.avro.", "Avro" },
            { "org.postgresql.", "pgjdbc" },
            { "com.zaxxer.hikari.", "HikariCP" },
            { "tools.jackson.", "Jackson" },
            { "com.fasterxml.jackson.", "Jackson" },
            { "brave.", "tracing" },
            { "io.micrometer.", "Micrometer observation/tracing" },
            { "ch.qos.logback.", "logging" },
            { "org.slf4j.", "logging" },
            { "org.apache.coyote.", "Tomcat" },
            { "org.apache.tomcat.", "Tomcat" },
            { "org.apache.catalina.", "Tomcat" },
            { "org.springframework.web.", "Spring MVC" },
            { "org.springframework.transaction.", "Spring transactions" },
            { "org.springframework.", "Spring (other)" },
            { "sun.security.", "JDK crypto" },
            { "java.security.", "JDK crypto" },
            { "javax.crypto.", "JDK crypto" },
            { "com.sun.crypto.", "JDK crypto" },
            { "sun.nio.", "JDK I/O" },
            { "java.net.", "JDK I/O" } };

    private static boolean onderweg(StackTraceElement[] stack, String klasse, String methode) {
        for (StackTraceElement e : stack) {
            if (e.getClassName().equals(klasse) && e.getMethodName().equals(methode)) {
                return true;
            }
        }
        return false;
    }

    private static String kort(String klasse) {
        String[] delen = klasse.split("\\.");
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < delen.length - 1; i++) {
            if (delen[i].equals("inburgering") || delen[i].equals("nl")) {
                continue;
            }
            s.append(delen[i].charAt(0)).append('.');
        }
        return s.append(delen[delen.length - 1]).toString();
    }

    /** The busiest buckets first, with their share of all busy samples. */
    synchronized List<Regel> regels(int max) {
        return emmers.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(max)
                .map(e -> {
                    String[] delen = e.getKey().split("\u0000", 2);
                    return new Regel(delen[0], delen[1], e.getValue(), bezig == 0 ? 0 : 100.0 * e.getValue() / bezig);
                })
                .collect(Collectors.toList());
    }

    /** Busy samples per kind of activity (PostgreSQL, Kafka, CPU, ...), summed over all work. */
    synchronized Map<String, Double> perActiviteit() {
        Map<String, Long> som = new HashMap<>();
        emmers.forEach((k, v) -> {
            String bezigMet = k.split("\u0000", 2)[1];
            String soort = bezigMet.startsWith("PostgreSQL: query") ? "PostgreSQL: query (wait for the answer)"
                    : bezigMet.startsWith("blocked") ? "blocked/waiting (Java)" : bezigMet;
            som.merge(soort, v, Long::sum);
        });
        Map<String, Double> aandeel = new LinkedHashMap<>();
        som.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> aandeel.put(e.getKey(), bezig == 0 ? 0 : 100.0 * e.getValue() / bezig));
        return aandeel;
    }
}
