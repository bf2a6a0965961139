package nl.inburgering.keten.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Drives persons through the public REST APIs with the tokens of the partners' own clients. Open loop at a rate
 * (latency counted from the planned start, so a slow answer does not hide the wait behind it), or closed loop as
 * fast as the clients get answers.
 *
 * <p>Wave 1, per person: for an AZC resident first COA's registration as bewoner ({@code coa-medewerker}); then
 * the gemeente's BRP-inschrijving (the gemeente's own system) and IND's verblijfsvergunning ({@code ind-medewerker})
 * in the person's own order (IND first or the gemeente first, so both ways #1 can arise are used).
 * Wave 2, per AZC resident whose plicht COA received: COA links him to his beoogde vestigingsgemeente (#14).
 */
final class Aanvoer {

    static final String INSCHRIJVING = "POST gemeente /api/v1/brp/inschrijvingen";
    static final String VERGUNNING = "POST ind /api/v1/verblijfsvergunningen";
    static final String BEWONER = "POST coa /api/v1/bewoners";
    static final String KOPPELING = "POST coa /api/v1/bewoners/{id}/koppeling";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    /** The base URLs and tokens the calls need. */
    interface Doel {
        String baseUrlGemeente();

        String baseUrlInd();

        String baseUrlCoa();

        String tokenGemeentesysteem(String gemeentecode);

        String tokenInd();

        String tokenCoa();
    }

    /** What a wave did. */
    record Resultaat(int personen, int geslaagd, Instant begin, Instant eind, Map<String, Histogram> httpLatentie,
            Map<String, Integer> fouten, List<String> voorbeeldFouten, Map<String, Instant> startPerBsn,
            Map<String, String> bewonerPerBsn) {

        double personenPerSeconde() {
            double s = Duration.between(begin, eind).toNanos() / 1e9;
            return s <= 0 ? 0 : geslaagd / s;
        }
    }

    /** One person's part of a wave: returns whether every call succeeded. */
    private interface Taak {
        boolean voer(Persoon p, long geplandNano, Oproepen oproepen);
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Doel doel;
    private final LocalDate vandaag;

    Aanvoer(Doel doel, LocalDate vandaag) {
        this.doel = doel;
        this.vandaag = vandaag;
    }

    /** Wave 1: every person's facts (§3.2; for an AZC resident also COA's registration, §3.3). */
    Resultaat golf1(List<Persoon> personen, double rate, int clients) {
        return voer(personen, rate, clients, (p, gepland, o) -> {
            o.startPerBsn.put(p.bsn(), Instant.now().minusNanos(Math.max(0, System.nanoTime() - gepland)));
            boolean ok = true;
            long vanaf = gepland;
            if (p.azc()) {
                String antwoord = o.post(BEWONER, doel.baseUrlCoa() + "/api/v1/bewoners", doel.tokenCoa(),
                        p.bewonerJson(), vanaf);
                Matcher id = antwoord == null ? null : ID.matcher(antwoord);
                if (id != null && id.find()) {
                    o.bewonerPerBsn.put(p.bsn(), id.group(1));
                } else {
                    ok = false;
                }
                vanaf = System.nanoTime();
            }
            if (p.eerstInd()) {
                ok &= vergunning(p, vanaf, o);
                ok &= inschrijving(p, System.nanoTime(), o);
            } else {
                ok &= inschrijving(p, vanaf, o);
                ok &= vergunning(p, System.nanoTime(), o);
            }
            return ok;
        });
    }

    /** Wave 2: COA links every AZC resident of wave 1 to his beoogde vestigingsgemeente. */
    Resultaat golf2(List<Persoon> personen, Map<String, String> bewonerPerBsn, double rate, int clients) {
        List<Persoon> azc = personen.stream().filter(p -> bewonerPerBsn.containsKey(p.bsn())).toList();
        return voer(azc, rate, clients, (p, gepland, o) -> {
            o.startPerBsn.put(p.bsn(), Instant.now().minusNanos(Math.max(0, System.nanoTime() - gepland)));
            return o.post(KOPPELING, doel.baseUrlCoa() + "/api/v1/bewoners/" + bewonerPerBsn.get(p.bsn()) + "/koppeling",
                    doel.tokenCoa(), p.koppelingJson(), gepland) != null;
        });
    }

    private boolean inschrijving(Persoon p, long vanaf, Oproepen o) {
        return o.post(INSCHRIJVING, doel.baseUrlGemeente() + "/api/v1/brp/inschrijvingen",
                doel.tokenGemeentesysteem(p.gemeentecode()), p.inschrijvingJson(vandaag), vanaf) != null;
    }

    private boolean vergunning(Persoon p, long vanaf, Oproepen o) {
        return o.post(VERGUNNING, doel.baseUrlInd() + "/api/v1/verblijfsvergunningen", doel.tokenInd(),
                p.verblijfsvergunningJson(vandaag), vanaf) != null;
    }

    private Resultaat voer(List<Persoon> personen, double rate, int clients, Taak taak) {
        Oproepen o = new Oproepen();
        AtomicInteger geslaagd = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients, r -> {
            Thread t = new Thread(r, "benchmark-client");
            t.setDaemon(true);
            return t;
        });
        Instant begin = Instant.now();
        long beginNano = System.nanoTime();
        try {
            List<Future<?>> taken = new ArrayList<>();
            if (rate > 0) {
                long interval = (long) (1e9 / rate);
                for (int i = 0; i < personen.size(); i++) {
                    long gepland = beginNano + i * interval;
                    long wacht = gepland - System.nanoTime();
                    if (wacht > 0) {
                        LockSupport.parkNanos(wacht);
                    }
                    Persoon p = personen.get(i);
                    taken.add(pool.submit(() -> {
                        if (taak.voer(p, gepland, o)) {
                            geslaagd.incrementAndGet();
                        }
                    }));
                }
            } else {
                AtomicInteger volgende = new AtomicInteger();
                for (int c = 0; c < clients; c++) {
                    taken.add(pool.submit(() -> {
                        int i;
                        while ((i = volgende.getAndIncrement()) < personen.size()) {
                            if (taak.voer(personen.get(i), System.nanoTime(), o)) {
                                geslaagd.incrementAndGet();
                            }
                        }
                    }));
                }
            }
            for (Future<?> t : taken) {
                t.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while driving persons", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a client failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        Instant eind = Instant.now();
        Map<String, Histogram> histogrammen = new TreeMap<>();
        o.latentie.forEach((k, v) -> histogrammen.put(k, v.getIntervalHistogram()));
        Map<String, Integer> fouten = new TreeMap<>();
        o.fouten.forEach((k, v) -> fouten.put(k, v.get()));
        return new Resultaat(personen.size(), geslaagd.get(), begin, eind, histogrammen, fouten,
                List.copyOf(o.voorbeelden), Map.copyOf(o.startPerBsn), Map.copyOf(o.bewonerPerBsn));
    }

    /** The calls of one wave and what they answered. */
    private final class Oproepen {
        final Map<String, Recorder> latentie = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> fouten = new ConcurrentHashMap<>();
        final List<String> voorbeelden = Collections.synchronizedList(new ArrayList<>());
        final Map<String, Instant> startPerBsn = new ConcurrentHashMap<>();
        final Map<String, String> bewonerPerBsn = new ConcurrentHashMap<>();

        /** POSTs the JSON; the answer's body on a 2xx, else null (counted as an error). */
        String post(String wat, String url, String token, String json, long vanafNano) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json, application/problem+json")
                    .POST(HttpRequest.BodyPublishers.ofString(json))
                    .build();
            String fout;
            try {
                HttpResponse<String> antwoord = http.send(request, HttpResponse.BodyHandlers.ofString());
                latentie.computeIfAbsent(wat, k -> new Recorder(3))
                        .recordValue(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - vanafNano));
                if (antwoord.statusCode() / 100 == 2) {
                    return antwoord.body();
                }
                fout = wat + " -> " + antwoord.statusCode();
                if (voorbeelden.size() < 5) {
                    voorbeelden.add(fout + " " + antwoord.body());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fout = wat + " -> interrupted";
            } catch (Exception e) {
                fout = wat + " -> " + e.getClass().getSimpleName();
                if (voorbeelden.size() < 5) {
                    voorbeelden.add(fout + " " + e.getMessage());
                }
            }
            fouten.computeIfAbsent(fout, k -> new AtomicInteger()).incrementAndGet();
            return null;
        }
    }
}
