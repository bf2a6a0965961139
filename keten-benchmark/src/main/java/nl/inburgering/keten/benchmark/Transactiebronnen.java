package nl.inburgering.keten.benchmark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.inburgering.keten.local.KetenService;
import nl.inburgering.keten.local.LocalKeten;
import nl.inburgering.platform.transactie.Transactietelling;
import nl.inburgering.platform.transactie.Transactietelling.Stand;
import nl.inburgering.platform.transactie.Transactietelling.Uitkomst;

/**
 * Where the chain's commits come from (issue 17, decision 0052): the platform counts every Spring-managed
 * transaction of a service per source ({@link Transactietelling}); the benchmark reads those counts from the
 * services' contexts in this JVM, as it reads their listener containers, at the start of the run, when the chain
 * has delivered it and after the statistics settled. What PostgreSQL counts beyond them is the rest: statements in
 * autocommit outside a Spring transaction.
 */
final class Transactiebronnen {

    /** The counts of every service at one moment; empty when the services run as processes of their own. */
    record Opname(Map<KetenService, Map<Bron, long[]>> perService) {

        boolean beschikbaar() {
            return !perService.isEmpty();
        }
    }

    /** A source of one service: the transaction's name and whether it was declared read-only. */
    record Bron(String naam, boolean alleenLezen) {
    }

    private static final int COMMITS = 0;
    private static final int ROLLBACKS = 1;

    private Transactiebronnen() {
    }

    static Opname neem(LocalKeten keten) {
        Map<KetenService, Map<Bron, long[]>> perService = new LinkedHashMap<>();
        if (keten.separateProcesses()) {
            return new Opname(perService);
        }
        for (KetenService service : Stelseldienst.SERVICES) {
            Transactietelling telling = keten.context(service).getBeanProvider(Transactietelling.class)
                    .getIfAvailable();
            Map<Bron, long[]> bronnen = new HashMap<>();
            if (telling != null) {
                for (Stand s : telling.stand()) {
                    long[] n = bronnen.computeIfAbsent(new Bron(s.bron(), s.alleenLezen()), b -> new long[2]);
                    n[s.uitkomst() == Uitkomst.COMMIT ? COMMITS : ROLLBACKS] += s.aantal();
                }
            }
            perService.put(service, bronnen);
        }
        return new Opname(perService);
    }

    /**
     * Adds the breakdown to the commits section: per service the Spring transactions over the same window as its
     * PostgreSQL commits and the rest; {@code perBron} every source of every service, the most commits in the run
     * first.
     * Its {@code perDatabase} holds per database the commits PostgreSQL counted in the window, the benchmark's own
     * subtracted.
     */
    static void voegToe(Map<String, Object> commits, Opname voor, Opname afgeleverd, Opname na, long events) {
        if (!voor.beschikbaar()) {
            commits.put("perBron", List.of());
            commits.put("bronnenBeschikbaar", false);
            return;
        }
        commits.put("bronnenBeschikbaar", true);
        List<Map<String, Object>> rijen = new ArrayList<>();
        long springTotaal = 0;
        long restTotaal = 0;
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> perDb = (Map<String, Map<String, Object>>) commits.get("perDatabase");
        for (KetenService service : voor.perService().keySet()) {
            Map<Bron, long[]> v = voor.perService().get(service);
            Map<Bron, long[]> a = afgeleverd.perService().get(service);
            Map<Bron, long[]> n = na.perService().get(service);
            long spring = 0;
            long springTijdensRun = 0;
            long rollbacks = 0;
            for (Map.Entry<Bron, long[]> e : n.entrySet()) {
                long[] nul = new long[2];
                long[] van = v.getOrDefault(e.getKey(), nul);
                long[] tot = a.getOrDefault(e.getKey(), nul);
                long c = e.getValue()[COMMITS] - van[COMMITS];
                long r = e.getValue()[ROLLBACKS] - van[ROLLBACKS];
                long tijdensRun = tot[COMMITS] - van[COMMITS];
                if (c == 0 && r == 0) {
                    continue;
                }
                spring += c;
                springTijdensRun += tijdensRun;
                rollbacks += r;
                Map<String, Object> rij = new LinkedHashMap<>();
                rij.put("service", service.naam());
                rij.put("bron", e.getKey().naam());
                rij.put("alleenLezen", e.getKey().alleenLezen());
                rij.put("commits", c);
                rij.put("commitsTijdensRun", tijdensRun);
                rij.put("perEvent", events == 0 ? null : KetenBenchmark.rond((double) tijdensRun / events, 3));
                rij.put("rollbacks", r);
                rijen.add(rij);
            }
            long pg = ((Number) perDb.get(service.database()).get("commits")).longValue();
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("commits", spring);
            s.put("commitsTijdensRun", springTijdensRun);
            s.put("rollbacks", rollbacks);
            s.put("rest", pg - spring);
            s.put("restPerEvent", events == 0 ? null : KetenBenchmark.rond((double) (pg - spring) / events, 3));
            perDb.get(service.database()).put("spring", s);
            springTotaal += spring;
            restTotaal += pg - spring;
        }
        rijen.sort(Comparator.<Map<String, Object>>comparingLong(r -> (long) r.get("commitsTijdensRun")).reversed()
                .thenComparing(Comparator.<Map<String, Object>>comparingLong(r -> (long) r.get("commits")).reversed()));
        commits.put("springCommits", springTotaal);
        commits.put("rest", restTotaal);
        commits.put("restPerEvent", events == 0 ? null : KetenBenchmark.rond((double) restTotaal / events, 3));
        commits.put("perBron", rijen);
    }

    /**
     * Adds to each database's {@code spring} what the idle chain committed per second through Spring
     * ({@code rustPerSeconde}) and beyond it ({@code restRustPerSeconde}: the database's {@code rustPerSeconde} minus
     * Spring's), from the idle measurement before the run: a rest that is mostly a rate in time, not work per event,
     * shows there.
     */
    @SuppressWarnings("unchecked")
    static void rust(Map<String, Object> commits, Opname voor, Opname na, double seconden) {
        if (!voor.beschikbaar() || seconden <= 0) {
            return;
        }
        Map<String, Map<String, Object>> perDb = (Map<String, Map<String, Object>>) commits.get("perDatabase");
        for (KetenService service : voor.perService().keySet()) {
            long spring = 0;
            Map<Bron, long[]> van = voor.perService().get(service);
            for (Map.Entry<Bron, long[]> e : na.perService().get(service).entrySet()) {
                spring += e.getValue()[COMMITS] - van.getOrDefault(e.getKey(), new long[2])[COMMITS];
            }
            Map<String, Object> database = perDb.get(service.database());
            double pg = ((Number) database.get("rustPerSeconde")).doubleValue();
            Map<String, Object> s = (Map<String, Object>) database.get("spring");
            s.put("rustPerSeconde", KetenBenchmark.rond(spring / seconden, 1));
            s.put("restRustPerSeconde", KetenBenchmark.rond(pg - spring / seconden, 1));
        }
    }

    /** A source's name for the table: a class and method without their package; the platform's own as they are. */
    static String kort(String bron) {
        if (bron.indexOf(' ') >= 0) {
            return bron;
        }
        String[] delen = bron.split("\\.");
        for (int i = 0; i < delen.length; i++) {
            if (!delen[i].isEmpty() && Character.isUpperCase(delen[i].charAt(0))) {
                return String.join(".", java.util.Arrays.copyOfRange(delen, i, delen.length));
            }
        }
        return bron;
    }
}
