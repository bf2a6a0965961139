package nl.inburgering.keten.benchmark;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The report as a readable table on the console. */
final class Tabel {

    /** Sources printed; the report has all. */
    private static final int TOP_BRONNEN = 15;

    private final PrintStream out;
    private final Map<String, Object> r;

    Tabel(PrintStream out, Map<String, Object> rapport) {
        this.out = out;
        this.r = rapport;
    }

    void druk() {
        Map<String, Object> machine = map(r, "machine");
        Map<String, Object> keten = map(r, "keten");
        out.println();
        out.println("=".repeat(100));
        out.printf("keten-benchmark  %s%n", machine.get("datum"));
        out.printf("machine: %s cores (%s), %s GiB, %s, %s; load average %s at the start, %s at the end%n",
                machine.get("kernen"), machine.get("cpu"), machine.get("geheugenGiB"), machine.get("jdk"),
                machine.get("os"), machine.get("loadBijStart"), machine.get("loadNaDeRun"));
        Map<String, Object> inst = map(r, "instellingen");
        Map<String, Object> pgi = map(map(map(r, "plafonds"), "postgres"), "instellingen");
        // with --belasting the rate is per wave, a fraction of an earlier saturation run's (decision 0056)
        boolean perGolf = inst.containsKey("belasting");
        out.printf("run: %s persons (after %s warm-up), %s, %s clients; PostgreSQL %s fsync=%s synchronous_commit=%s%n",
                inst.get("personen"), inst.get("opwarmen"), perGolf ? "at " + inst.get("belasting")
                        + " of the saturation of " + inst.get("verzadiging") : "rate " + inst.get("rate"),
                inst.get("clients"), pgi.get("server_version"), pgi.get("fsync"), pgi.get("synchronous_commit"));
        if (perGolf) {
            out.println("persons/s offered per wave: " + map(inst, "rate"));
        }
        if (!map(inst, "springEigenschappen").isEmpty()) {
            out.println("experiment, for every service: " + map(inst, "springEigenschappen"));
        }
        Map<String, Object> start = map(r, "start");
        out.printf("start of the local chain: %.1f s  (%s)%n", num(start.get("totaalSeconden")), map(start, "delen"));
        out.println("=".repeat(100));

        out.printf("%n§3.2, §3.3, §4, §5, §8, §10, §11, §13.5, §13.2 and §12 through the chain: %s persons (%s of them AZC "
                + "residents linked by COA, %s through the brede intake to a PIP, %s voldaan, %s through wave 6: a "
                + "vrijstelling, an ontheffing or the end of the verblijfsrecht, %s moved to another gemeente, %s "
                + "with a lening) in %.1f s = %.1f persons/s%n",
                keten.get("personenGeslaagd"), keten.get("koppelingen"), keten.get("pips"),
                map(keten, "voldaan").get("beschikkingen"), map(keten, "wijzigingen").get("geslaagd"),
                map(keten, "verhuizingen").get("geslaagd"), map(keten, "leningen").get("goedkeuringGeslaagd"),
                num(keten.get("seconden")),
                num(keten.get("personenPerSeconde")));
        // per wave also the machine's CPU from its first call until the chain had delivered it, the events applied
        // in that time and the CPU per applied event (issue 17)
        String golf = "  %-62s %8s %14s %16s %8s %8s %9s %9s%n";
        out.printf(golf, "wave", "persons", "calls done s", "delivered after s", "applied", "CPU s", "ms/event",
                "JVM ms/ev");
        for (Object o : (List<?>) keten.get("golven")) {
            Map<String, Object> g = cast(o);
            out.printf(golf, g.get("golf"), g.get("geslaagd") + "/" + g.get("personen"), f1(g.get("aanroepenSeconden")),
                    f1(g.get("afgeleverdNaSeconden")), g.get("toegepast"), f1(g.get("machineCpuSeconden")),
                    f2(g.get("cpuMsPerEvent")), f2(g.get("jvmCpuMsPerEvent")));
        }
        // the consumer's own CPU per applied event of each delivery (its listener threads; not available when the
        // services run as separate processes)
        Map<String, Object> perAflevering = map(map(keten, "cpu"), "perAflevering");
        boolean consumentCpu = Boolean.TRUE.equals(perAflevering.get("beschikbaar"));
        String kop = "%-50s %7s %9s %7s %8s %8s %8s %8s %10s%n";
        out.printf(kop, "stelseldienst (registered -> applied)", "events", "applied/s", "peak/s", "p50 ms", "p95 ms",
                "p99 ms", "max ms", consumentCpu ? "cons ms/ev" : "");
        for (Object o : (List<?>) keten.get("stelseldiensten")) {
            Map<String, Object> d = cast(o);
            Map<String, Object> l = map(d, "latentieMs");
            out.printf(kop, d.get("naam"), d.get("toegepast"), f1(d.get("toegepastPerSeconde")), d.get("piekPerSeconde"),
                    f1(l.get("p50")), f1(l.get("p95")), f1(l.get("p99")), f1(l.get("max")),
                    consumentCpu ? f3(d.get("consumentCpuMsPerEvent")) : "");
        }
        List<?> zonderAfnemer = (List<?>) map(keten, "voldaan").getOrDefault("gepubliceerdZonderAfnemer", List.of());
        for (Object o : zonderAfnemer) {
            Map<String, Object> d = cast(o);
            out.printf("%-50s %7s  published; no consumer applies this kind yet%n", d.get("naam"), d.get("gepubliceerd"));
        }
        Map<String, Object> overall = map(keten, "overall");
        Map<String, Object> lo = map(overall, "latentieMs");
        out.printf(kop, "overall (all events)", overall.get("toegepast"), f1(overall.get("toegepastPerSeconde")), "",
                f1(lo.get("p50")), f1(lo.get("p95")), f1(lo.get("p99")), f1(lo.get("max")), "");
        staart(overall, map(r, "gc"));
        map(keten, "eindeTotEinde").forEach((k, v) -> {
            Map<String, Object> e2e = cast(v);
            Map<String, Object> le = map(e2e, "latentieMs");
            out.printf(kop, k + " e2e (" + e2e.get("kort") + ")",
                    e2e.get("aantal"), "", "", f1(le.get("p50")), f1(le.get("p95")), f1(le.get("p99")), f1(le.get("max")), "");
        });
        if (consumentCpu) {
            Map<String, Object> onbekend = map(perAflevering, "unattributed");
            out.printf("  cons ms/ev: CPU of the consumer's listener threads only, per applied event (the REST calls, "
                    + "relays, broker and PostgreSQL are in the waves' CPU); all listener threads %.0f ms, "
                    + "unattributed %.0f ms%n", num(perAflevering.get("listenerDradenCpuMs")), num(onbekend.get("cpuMs")));
        } else {
            out.println("  consumer CPU per delivery: " + perAflevering.get("toelichting"));
        }

        out.println();
        String rest = "%-50s %7s %9s %7s %8s %8s %8s %8s%n";
        out.printf(rest, "REST call (client side)", "calls", "calls/s", "", "p50 ms", "p95 ms", "p99 ms", "max ms");
        map(keten, "restAanroepen").forEach((k, v) -> {
            Map<String, Object> m = cast(v);
            Map<String, Object> l = map(m, "latentieMs");
            out.printf(rest, k, m.get("aantal"), f1(m.get("perSeconde")), "", f1(l.get("p50")), f1(l.get("p95")),
                    f1(l.get("p99")), f1(l.get("max")));
        });
        Map<String, Object> bi = map(keten, "bredeIntakeEnPip");
        out.printf("%n§4 (wave 3) at the gemeente: %s persons, %s through brede intake and toets, %s PIPs vastgesteld; "
                + "PIPs by status %s, by leerroute %s; uitkomsten %s; termijnen %s%n", bi.get("personen"),
                bi.get("intakeEnToetsGeslaagd"), bi.get("pipsVastgesteld"), bi.get("pipsPerStatus"),
                bi.get("pipsPerLeerroute"), bi.get("uitkomstenLeerbaarheidstoets"), bi.get("termijnen"));
        Map<String, Object> lr = map(keten, "leerroute");
        out.printf("§5 (wave 4) leerroute: %s persons with a PIP, %s inschrijving and inspanning at the instelling, %s "
                + "LE exam, PVT and MAP; examenresultaten at the gemeente %s; PVT and MAP by DUO's answer %s%n",
                lr.get("personen"), lr.get("inschrijvingEnInspanningGeslaagd"), lr.get("examenPvtEnMapGeslaagd"),
                lr.get("examenresultatenBijGemeente"), lr.get("resultatenPerStatus"));
        Map<String, Object> vo = map(keten, "voldaan");
        out.printf("§8 (wave 5) voldaan: %s persons through wave 4b, %s of them in the B1-route (%s go to wave 6 instead, "
                + "%s borrow in wave 8, %s in another leerroute stay as they are), %s through KNM, LU, SC and SP; DUO's beschikkingen voldaan "
                + "%s %s; #10 published to the gemeente %s and to IND %s (IND's copies %s), #3 beëindigd to the gemeente "
                + "%s (wave 6's included); their exams' #13 at the gemeente %s%n",
                vo.get("personenNaGolf4b"), vo.get("personen"), vo.get("naarGolf6"), vo.get("naarGolf8"),
                vo.get("andereLeerroute"),
                vo.get("examensGeslaagd"),
                vo.get("beschikkingen"), vo.get("beschikkingenPerLeerrouteEnWaardepapier"),
                vo.get("gepubliceerd10NaarGemeente"), vo.get("gepubliceerd10NaarInd"), vo.get("kopieenBijInd"),
                vo.get("gepubliceerd3BeeindigdNaarGemeente"), lr.get("examenresultatenGolf5BijGemeente"));
        Map<String, Object> wz = map(keten, "wijzigingen");
        out.printf("§10, §11, §13.5 (wave 6) wijzigingen: %s plichtigen of wave 4b not voldaan, %s through, by wijziging %s; "
                + "published #11 to the gemeente %s and to IND %s, #12 to the gemeente %s and to IND %s, #3 gewijzigd to "
                + "the gemeente %s, #3 beëindigd to the gemeente %s (wave 5's voldaan included), #21 %s, #2 %s%n",
                wz.get("personen"), wz.get("geslaagd"), wz.get("perWijzigingGeslaagd"), wz.get("gepubliceerd11NaarGemeente"),
                wz.get("gepubliceerd11NaarInd"), wz.get("gepubliceerd12NaarGemeente"), wz.get("gepubliceerd12NaarInd"),
                wz.get("gepubliceerd3GewijzigdNaarGemeente"), wz.get("gepubliceerd3BeeindigdNaarGemeente"),
                wz.get("gepubliceerd21"), wz.get("gepubliceerd2"));
        Map<String, Object> vh = map(keten, "verhuizingen");
        out.printf("§13.2 (wave 7) verhuizingen: %s plichtigen still plichtig, %s through, per new gemeente %s (%s "
                + "AZC residents settled in their gekoppelde gemeente first); #3 "
                + "vastgesteld published to the gemeenten %s %s, #3 gewijzigd per topic %s; #19 overdracht gevraagd %s, "
                + "delivered by the old gemeente %s (published %s), received by the new gemeente %s%n",
                vh.get("personen"), vh.get("geslaagd"), vh.get("perNieuweGemeente"),
                vh.get("eerstGevestigdInGekoppeldeGemeente"),
                vh.get("gepubliceerd3VastgesteldNaarGemeente"), vh.get("gepubliceerd3VastgesteldPerTopic"),
                vh.get("gepubliceerd3GewijzigdPerTopic"), vh.get("gepubliceerd19Gevraagd"),
                vh.get("overdrachtenGeleverd"), vh.get("gepubliceerd19Overgedragen"),
                vh.get("overdrachtenOntvangenBijNieuweGemeente"));
        Map<String, Object> le = map(keten, "leningen");
        out.printf("§12 (wave 8) leningen: %s gezinsmigranten, %s with a lening and a factuur, %s goedkeuringen; "
                + "leningen at DUO %s, facturen at DUO %s and at the instelling %s; published FactuurIngediend %s, "
                + "FactuurBeoordeeld %s%n", le.get("personen"), le.get("leningEnFactuurGeslaagd"),
                le.get("goedkeuringGeslaagd"), le.get("leningenPerStatus"), le.get("facturenBijDuoPerStatus"),
                le.get("facturenBijInstellingPerStatus"), le.get("gepubliceerdFactuurIngediend"),
                le.get("gepubliceerdFactuurBeoordeeld"));
        Map<String, Object> fouten = map(keten, "fouten");
        if (!fouten.isEmpty()) {
            out.println("errors: " + fouten + " " + keten.get("voorbeeldFouten"));
        }

        Map<String, Object> maxima = map(keten, "maxima");
        out.printf("%nmax outbox backlog: %s   max consumer lag: %s   (every second in the report's tijdreeks)%n",
                maxima.get("outboxAchterstand"), maxima.get("consumerLag"));
        Map<String, Object> cpu = map(keten, "cpu");
        out.printf("CPU during the run (100 %% = 1 core, %s cores): JVM %.0f %%, PostgreSQL %.0f %%, kernel and other "
                + "processes %.0f %%, whole machine %.0f %%%n", cpu.get("kernen"), num(cpu.get("jvmProcent")),
                num(cpu.get("postgresProcent")), num(cpu.get("overigProcent")), num(cpu.get("machineProcent")));
        if (Boolean.TRUE.equals(map(cpu, "benchmark").get("beschikbaar"))) {
            out.printf("  of which the benchmark's own (its threads and its PostgreSQL queries): %.1f s of the machine's "
                    + "%.1f s; per thread %s%n", num(map(cpu, "benchmark").get("cpuSeconden")),
                    num(cpu.get("machineCpuSeconden")), map(cpu, "benchmark").get("perDraadCpuSeconden"));
        }
        Map<String, Object> mem = map(r, "geheugen");
        if (r.get("diensten") instanceof Map<?, ?> diensten) {
            out.printf("%nper service, each a JVM of its own:%n%-20s %10s %16s %12s %16s%n", "service", "start s",
                    "RSS after start", "RSS peak", "RSS at the end");
            for (Map.Entry<?, ?> e : diensten.entrySet()) {
                Map<?, ?> d = (Map<?, ?>) e.getValue();
                out.printf("%-20s %10.1f %12.0f MiB %8.0f MiB %12.0f MiB%n", e.getKey(), num(d.get("startSeconden")),
                        num(d.get("rssNaStartMiB")), num(d.get("rssPiekMiB")), num(d.get("rssAanHetEindeMiB")));
            }
        }
        out.printf("memory: JVM RSS (%s) %.0f MiB after start, "
                + "%.0f MiB peak, %.0f MiB at the end; heap peak %.0f MiB%n",
                r.containsKey("diensten") ? "broker + issuer + benchmark; the services above"
                        : "all 5 services + broker + issuer + benchmark, one JVM", num(mem.get("jvmRssNaStartMiB")),
                num(mem.get("jvmRssPiekMiB")), num(mem.get("jvmRssAanHetEindeMiB")), num(mem.get("heapGebruiktPiekMiB")));
        out.printf("        PostgreSQL PSS %.0f MiB after start, %.0f MiB peak; per service (its backends): %s%n",
                num(mem.get("postgresPssNaStartMiB")), num(mem.get("postgresPssPiekMiB")),
                mem.get("postgresPssPiekPerServiceMiB"));

        Map<String, Object> pl = map(r, "plafonds");
        Map<String, Object> pg = map(pl, "postgres");
        Map<String, Object> kafka = map(pl, "kafka");
        Map<String, Object> v = map(r, "verhoudingen");
        Map<String, Object> c = map(r, "commits");
        out.printf("%nceilings of this machine (same PostgreSQL and broker, chain idle)%n");
        String rij = "  %-60s %s%n";
        out.printf(rij, "PostgreSQL single-row insert loop, " + pg.get("verbindingen") + " connections",
                String.format(Locale.ROOT, "%,.0f commits/s (1 connection: %,.0f)", num(pg.get("commitsPerSeconde")),
                        num(pg.get("commitsPerSecondeEenVerbinding"))));
        out.printf(rij, "  machine CPU per commit", f1(pg.get("cpuMicrosPerCommit")) + " µs");
        out.printf(rij, "Kafka produce+consume, " + kafka.get("recordBytes") + "-byte records (chain mean "
                + f0(kafka.get("recordBytesGemiddeldInDeKeten")) + ")",
                String.format(Locale.ROOT, "%,.0f records/s (produced %,.0f/s)", num(kafka.get("verbruiktPerSeconde")),
                        num(kafka.get("geproduceerdPerSeconde"))));
        out.printf(rij, "  machine CPU per record", f1(kafka.get("cpuMicrosPerRecord")) + " µs");
        out.printf("the chain against them%n");
        out.printf(rij, "events applied/s / Kafka ceiling", pct(v.get("eventsPerSecondeTovKafka")));
        out.printf(rij, "chain commits/s (" + f1(c.get("commitsPerSecondeTijdensRun")) + ") / PostgreSQL ceiling",
                pct(v.get("commitsPerSecondeTovPostgres")));
        out.printf(rij, "commits per delivered event (of which write transactions)",
                f2(c.get("commitsPerEvent")) + "  (" + f2(c.get("schrijvendeTransactiesPerEvent")) + ")");
        out.printf(rij, "commits per person (all calls and events of a person)",
                f2(c.get("commitsPerPersoon")) + "  (" + f2(c.get("schrijvendeTransactiesPerPersoon")) + ")");
        out.printf(rij, "machine CPU per applied event; times a commit's",
                f2(cpu.get("cpuMsPerEvent")) + " ms; " + f0(v.get("cpuPerEventTovCpuPerCommit")) + " x");
        // the observer's own share of that (issue 17): the chain's cost is the rest
        Map<String, Object> eigen = map(cpu, "benchmark");
        if (Boolean.TRUE.equals(eigen.get("beschikbaar"))) {
            out.printf(rij, "  of which the benchmark itself; the chain without it",
                    f2(cpu.get("benchmarkCpuMsPerEvent")) + " ms (" + f1(eigen.get("procentVanDeMachine"))
                            + " % of the machine's: threads " + f1(eigen.get("jvmDradenCpuSeconden"))
                            + " s, its PostgreSQL queries " + f1(eigen.get("postgresCpuSeconden")) + " s); "
                            + f2(cpu.get("cpuMsPerEventZonderBenchmark")) + " ms");
        }
        Map<String, Object> intern = map(cpu, "jvmIntern");
        if (Boolean.TRUE.equals(intern.get("beschikbaar"))) {
            out.printf(rij, "  of which the JIT compilers; GC; VM thread",
                    f2(cpu.get("jitCpuMsPerEvent")) + " ms (" + f1(intern.get("jitProcentVanDeMachine"))
                            + " % of the machine's); GC " + f1(intern.get("gcProcentVanDeMachine")) + " %; VM "
                            + f1(intern.get("vmProcentVanDeMachine")) + " %");
        }
        if (v.get("eventsPerSecondeHaalbaarBijDitCommitbudget") != null) {
            out.printf(rij, "events/s the PG ceiling allows at that write cost; chain gets",
                    f0(v.get("eventsPerSecondeHaalbaarBijDitCommitbudget")) + "; "
                            + pct(v.get("eventsPerSecondeTovCommitbudget")));
        }

        bronnen(c);

        if (r.containsKey("werkvoorraad")) {
            Map<String, Object> w = map(r, "werkvoorraad");
            Map<String, Object> lading = map(w, "lading");
            out.printf("%nwerkvoorraad with %,d inburgeraars (COPY %.1f s, %,.0f rows/s, table+indexes %.0f MiB)%n",
                    ((Number) lading.get("rijen")).longValue(), num(lading.get("seconden")),
                    num(lading.get("rijenPerSeconde")), num(lading.get("tabelMiB")));
            String q = "  %-44s %-58s %6s %8s %8s %8s%n";
            out.printf(q, "query (klantmanager-amsterdam)", "", "n", "p50 ms", "p99 ms", "max ms");
            for (Object o : (List<?>) w.get("queries")) {
                Map<String, Object> m = cast(o);
                Map<String, Object> l = map(m, "latentieMs");
                out.printf(q, m.get("naam"), m.get("omschrijving"), m.get("aantal"), f1(l.get("p50")), f1(l.get("p99")),
                        f1(l.get("max")));
            }
            out.println("  the SQL alone over JDBC (median ms): " + map(w, "sqlAlleenMs"));
        }

        if (r.containsKey("profiel")) {
            Map<String, Object> p = map(r, "profiel");
            out.printf("%nwhere the chain's threads spend their time (%s samples, %.1f busy threads on average)%n",
                    p.get("rondes"), num(p.get("gemiddeldBezigeThreads")));
            map(p, "perActiviteitProcent").forEach((k, x) -> out.printf("  %5.1f %%  %s%n", num(x), k));
            out.println("  busiest (work / doing):");
            int n = 0;
            for (Object o : (List<?>) p.get("top")) {
                if (n++ == 12) {
                    break;
                }
                Map<String, Object> m = cast(o);
                out.printf("  %5.1f %%  %-48s %s%n", num(m.get("procent")), m.get("werk"), m.get("bezigMet"));
            }
            out.println("  (CPU (Java): runnable threads, by the library they run in. A thread waiting for PostgreSQL's "
                    + "answer also waits for a free core.)");
        }
        out.println("=".repeat(100));
    }

    /**
     * The latency tail (decision 0055): the collector's pauses beside the events slower than 50 ms, and the events'
     * flight split at their producer's mark.
     */
    private void staart(Map<String, Object> overall, Map<String, Object> gc) {
        if (!gc.containsKey("pauzes")) {
            out.println("  GC pauses: " + gc.get("toelichting"));
            return;
        }
        out.printf("  GC pauses in the run: %s, %s ms in all (%s %% of the run), p50 %s / p99 %s / max %s ms; events "
                + "slower than 50 ms: %s, of which %s with a pause in their flight%n", gc.get("pauzes"),
                gc.get("totaalMs"), gc.get("procentVanDeRun"), f1(map(gc, "duurMs").get("p50")),
                f1(map(gc, "duurMs").get("p99")), f1(map(gc, "duurMs").get("max")),
                overall.get("tragerDan50Ms"), overall.get("tragerDan50MsMetGcPauze"));
        Map<String, Object> tot = map(overall, "totPublicatieMs");
        Map<String, Object> na = map(overall, "naPublicatieMs");
        if (!tot.isEmpty()) {
            out.printf("  an event's flight split at its relay's mark: stored -> published p50 %s / p99 %s ms, "
                    + "published -> applied p50 %s / p99 %s ms; of the events slower than 50 ms %s spent most "
                    + "of it before the mark%n", f1(tot.get("p50")), f1(tot.get("p99")), f1(na.get("p50")),
                    f1(na.get("p99")), overall.get("tragerDan50MsMeestVoorPublicatie"));
        }
    }

    /**
     * Where the commits come from (decision 0052): the sources with the most commits in the run, per applied event,
     * and per service what PostgreSQL counted beyond Spring's transactions.
     */
    private void bronnen(Map<String, Object> c) {
        if (!Boolean.TRUE.equals(c.get("bronnenBeschikbaar"))) {
            out.printf("%nwhere the commits come from: not available (the services run as processes of their own)%n");
            return;
        }
        out.printf("%nwhere the commits come from: Spring transactions per source (%s in the window; PostgreSQL "
                + "counted %s more: autocommit outside a Spring transaction, %s per event)%n", c.get("springCommits"),
                c.get("rest"), f3(c.get("restPerEvent")));
        String rij = "  %-18s %-70s %3s %9s %9s %9s%n";
        out.printf(rij, "service", "source", "ro", "run", "per event", "rollbacks");
        List<?> perBron = (List<?>) c.get("perBron");
        for (int i = 0; i < Math.min(TOP_BRONNEN, perBron.size()); i++) {
            Map<String, Object> b = cast(perBron.get(i));
            out.printf(rij, b.get("service"), Transactiebronnen.kort((String) b.get("bron")),
                    Boolean.TRUE.equals(b.get("alleenLezen")) ? "ro" : "", b.get("commitsTijdensRun"),
                    f3(b.get("perEvent")), b.get("rollbacks"));
        }
        if (perBron.size() > TOP_BRONNEN) {
            out.printf("  (%d more sources in the report's commits.perBron)%n", perBron.size() - TOP_BRONNEN);
        }
        StringBuilder rest = new StringBuilder();
        map(c, "perDatabase").forEach((db, o) -> {
            Map<String, Object> spring = map(cast(o), "spring");
            rest.append(rest.isEmpty() ? "" : ", ").append(db).append(' ').append(spring.get("rest"))
                    .append(" (idle ").append(f1(spring.get("restRustPerSeconde"))).append("/s)");
        });
        out.printf("  rest per database (PostgreSQL's commits minus Spring's, whole window; idle chain's rest): %s%n",
                rest);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object o) {
        return o == null ? Map.of() : (Map<String, Object>) o;
    }

    private static Map<String, Object> map(Map<String, Object> m, String sleutel) {
        return cast(m.get(sleutel));
    }

    private static double num(Object o) {
        return o instanceof Number ? ((Number) o).doubleValue() : 0;
    }

    private static String f0(Object o) {
        return o instanceof Number ? String.format(Locale.ROOT, "%,.0f", num(o)) : "-";
    }

    private static String f1(Object o) {
        return o instanceof Number ? String.format(Locale.ROOT, "%.1f", num(o)) : o == null ? "-" : o.toString();
    }

    private static String f2(Object o) {
        return o instanceof Number ? String.format(Locale.ROOT, "%.2f", num(o)) : "-";
    }

    private static String f3(Object o) {
        return o instanceof Number ? String.format(Locale.ROOT, "%.3f", num(o)) : "-";
    }

    private static String pct(Object o) {
        return o instanceof Number ? String.format(Locale.ROOT, "%.2f %%", num(o) * 100) : "-";
    }
}
