package nl.inburgering.keten.benchmark;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.HdrHistogram.Histogram;
import org.postgresql.PGConnection;

import nl.inburgering.keten.local.KetenService;
import nl.inburgering.keten.local.LocalKeten;
import nl.inburgering.keten.local.LocalPostgres;

/**
 * The caseworker's reads with a full gemeente store: {@code COPY} a million inburgeraars (valid BSNs, several
 * gemeenten, varied doelgroepen) into gemeente-service's table {@code inburgeraar}, then time the werkvoorraad and
 * {@code _zoek} through the REST API with a klantmanager's token, one request at a time, after a warm-up.
 */
final class Werkvoorraad {

    /** Where the million live: Amsterdam and Rotterdam have klantmanagers with tokens, the others fill the table. */
    static final Map<String, Integer> GEMEENTEN = new LinkedHashMap<>();

    static {
        GEMEENTEN.put("0363", 30); // Amsterdam
        GEMEENTEN.put("0599", 20); // Rotterdam
        GEMEENTEN.put("0518", 15); // 's-Gravenhage
        GEMEENTEN.put("0344", 10); // Utrecht
        GEMEENTEN.put("0772", 8);  // Eindhoven
        GEMEENTEN.put("0014", 7);  // Groningen
        GEMEENTEN.put("0034", 5);  // Almere
        GEMEENTEN.put("0855", 5);  // Tilburg
    }

    private static final String[][] DOELGROEPEN = {
            { "ASIELSTATUSHOUDER", "ASIELSTATUSHOUDER" },
            { "GEZINSMIGRANT_EN_OVERIGE_MIGRANT", "GEZINSHERENIGER" },
            { "GEZINSMIGRANT_EN_OVERIGE_MIGRANT", "GEZINSVORMER" },
            { "ASIELSTATUSHOUDER", "GEZINSHERENIGER_MET_ASIELSTATUSHOUDER" },
            { "GEZINSMIGRANT_EN_OVERIGE_MIGRANT", "GEESTELIJK_BEDIENAAR" },
            { "GEZINSMIGRANT_EN_OVERIGE_MIGRANT", "OVERIG" } };

    /** The load. */
    record Lading(long rijen, double seconden, long tabelBytes, Map<String, Long> perGemeente, List<String> bsnsAmsterdam,
            String bsnRotterdam) {
        double rijenPerSeconde() {
            return rijen / seconden;
        }
    }

    /** One timed query. */
    record Meting(String naam, String omschrijving, long aantal, Histogram latentie, long logboekrecordsPerVraag) {
    }

    private Werkvoorraad() {
    }

    /** Fills the gemeente's table with {@code aantal} inburgeraars through COPY, then ANALYZE. */
    static Lading laad(LocalKeten keten, int aantal, LocalDate vandaag) throws Exception {
        Bsns bsns = new Bsns(50_000_000L);
        Random random = new Random(42);
        List<String> gemeenten = new ArrayList<>();
        GEMEENTEN.forEach((code, gewicht) -> {
            for (int i = 0; i < gewicht; i++) {
                gemeenten.add(code);
            }
        });
        Map<String, Long> perGemeente = new LinkedHashMap<>();
        List<String> amsterdam = new ArrayList<>();
        String[] rotterdam = { null };
        Instant nu = Instant.now();
        long begin = System.nanoTime();
        try (Connection c = DriverManager.getConnection(keten.jdbcUrl(KetenService.GEMEENTE), LocalPostgres.USERNAME,
                LocalPostgres.PASSWORD)) {
            c.setAutoCommit(false);
            Reader rijen = new Reader() {
                private int gedaan;
                private final StringBuilder buffer = new StringBuilder();
                private int plek;

                @Override
                public int read(char[] doel, int vanaf, int lengte) {
                    if (plek >= buffer.length()) {
                        buffer.setLength(0);
                        plek = 0;
                        for (int i = 0; i < 1000 && gedaan < aantal; i++, gedaan++) {
                            String bsn = bsns.volgende();
                            String code = gemeenten.get(random.nextInt(gemeenten.size()));
                            perGemeente.merge(code, 1L, Long::sum);
                            if (code.equals("0363") && amsterdam.size() < 10_000 && random.nextInt(10) == 0) {
                                amsterdam.add(bsn);
                            }
                            if (code.equals("0599") && rotterdam[0] == null) {
                                rotterdam[0] = bsn;
                            }
                            String[] dg = DOELGROEPEN[random.nextInt(DOELGROEPEN.length)];
                            LocalDate geboren = vandaag.minusYears(18 + random.nextInt(45)).minusDays(random.nextInt(365));
                            LocalDate begindatum = vandaag.minusDays(random.nextInt(3 * 365));
                            Instant ontvangen = nu.minusSeconds(random.nextInt(3 * 365 * 24 * 3600));
                            buffer.append(bsn).append('\t').append(UUID.randomUUID()).append('\t').append(code)
                                    .append('\t').append(geboren).append('\t').append(dg[0]).append('\t').append(dg[1])
                                    .append('\t').append(begindatum).append('\t').append(begindatum.plusDays(2))
                                    .append('\t').append(random.nextInt(10) < 9 ? 't' : 'f').append('\t')
                                    .append(DateTimeFormatter.ISO_INSTANT.format(ontvangen)).append('\n');
                        }
                        if (buffer.length() == 0) {
                            return -1;
                        }
                    }
                    int n = Math.min(lengte, buffer.length() - plek);
                    buffer.getChars(plek, plek + n, doel, vanaf);
                    plek += n;
                    return n;
                }

                @Override
                public void close() {
                }
            };
            long geladen = c.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    copy inburgeraar (bsn, id, gemeentecode, geboortedatum, doelgroep, gedetailleerde_doelgroep,
                        begindatum_inburgeringsplicht, datum_vaststelling, leerbaarheidstoets_klaargezet, ontvangen_op)
                    from stdin""", rijen);
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("analyze inburgeraar");
            }
            double seconden = (System.nanoTime() - begin) / 1e9;
            long bytes;
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("select pg_total_relation_size('inburgeraar')")) {
                r.next();
                bytes = r.getLong(1);
            }
            return new Lading(geladen, seconden, bytes, perGemeente, amsterdam, rotterdam[0]);
        }
    }

    /** Times each query: {@code warmup} first (not counted), then for {@code duur} (at least 20, at most 2000). */
    static List<Meting> meet(LocalKeten keten, Supplier<String> tokenAmsterdam, Lading lading, Duration duur)
            throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String basis = keten.baseUrl(KetenService.GEMEENTE) + "/api/v1/inburgeraars";
        long amsterdam = lading.perGemeente().getOrDefault("0363", 0L);
        int diepePagina = (int) Math.max(1, Math.min(5000, amsterdam / 20 / 2));
        Random random = new Random(7);
        List<Meting> metingen = new ArrayList<>();
        String token = tokenAmsterdam.get();
        metingen.add(tijd(http, "werkvoorraad p1 x20", "GET ?pagina=1&paginaGrootte=20 (" + amsterdam + " in Amsterdam)",
                () -> get(basis + "?pagina=1&paginaGrootte=20", token), duur, 20));
        metingen.add(tijd(http, "werkvoorraad p1 x100", "GET ?pagina=1&paginaGrootte=100",
                () -> get(basis + "?pagina=1&paginaGrootte=100", token), duur, 100));
        metingen.add(tijd(http, "werkvoorraad p" + diepePagina + " x20",
                "GET ?pagina=" + diepePagina + "&paginaGrootte=20 (offset " + (diepePagina - 1) * 20L + ")",
                () -> get(basis + "?pagina=" + diepePagina + "&paginaGrootte=20", token), duur, 20));
        List<String> bsns = lading.bsnsAmsterdam();
        metingen.add(tijd(http, "_zoek hit", "POST _zoek {bsn} of an Amsterdam inburgeraar",
                () -> post(basis + "/_zoek", token, bsns.get(random.nextInt(bsns.size()))), duur, 1));
        metingen.add(tijd(http, "_zoek other gemeente", "POST _zoek {bsn} of a Rotterdam inburgeraar: not found",
                () -> post(basis + "/_zoek", token, lading.bsnRotterdam()), duur, 0));
        return metingen;
    }

    /**
     * The SQL behind the werkvoorraad alone, over JDBC (median of 7 after 2 unmeasured): the page total Spring
     * Data's {@code Page} asks for, the first page, and the deep page. Tells what of the API's time is the database's.
     */
    static Map<String, Double> sqlTijden(LocalKeten keten, Lading lading) throws Exception {
        long amsterdam = lading.perGemeente().getOrDefault("0363", 0L);
        int diepePagina = (int) Math.max(1, Math.min(5000, amsterdam / 20 / 2));
        Map<String, String> queries = new LinkedHashMap<>();
        // Spring Data's page total as Hibernate renders it: count of the id, so no index-only scan
        queries.put("count(bsn) (the Page's total)", "select count(bsn) from inburgeraar where gemeentecode = '0363'");
        queries.put("first page of 20", "select * from inburgeraar where gemeentecode = '0363' order by ontvangen_op desc "
                + "offset 0 rows fetch first 20 rows only");
        queries.put("page " + diepePagina + " of 20", "select * from inburgeraar where gemeentecode = '0363' "
                + "order by ontvangen_op desc offset " + (diepePagina - 1) * 20L + " rows fetch first 20 rows only");
        queries.put("_zoek by bsn", "select * from inburgeraar where bsn = '" + lading.bsnsAmsterdam().get(0) + "'");
        Map<String, Double> tijden = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(keten.jdbcUrl(KetenService.GEMEENTE), LocalPostgres.USERNAME,
                LocalPostgres.PASSWORD); Statement s = c.createStatement()) {
            for (Map.Entry<String, String> q : queries.entrySet()) {
                List<Long> ns = new ArrayList<>();
                for (int i = 0; i < 9; i++) {
                    long t = System.nanoTime();
                    try (ResultSet r = s.executeQuery(q.getValue())) {
                        while (r.next()) {
                            // read every row, as the service does
                        }
                    }
                    if (i >= 2) {
                        ns.add(System.nanoTime() - t);
                    }
                }
                ns.sort(null);
                tijden.put(q.getKey(), Math.round(ns.get(ns.size() / 2) / 10_000.0) / 100.0);
            }
        }
        return tijden;
    }

    private static HttpRequest get(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").timeout(Duration.ofSeconds(60)).GET().build();
    }

    private static HttpRequest post(String url, String token, String bsn) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString("{\"bsn\":\"" + bsn + "\"}")).build();
    }

    private static Meting tijd(HttpClient http, String naam, String omschrijving, Supplier<HttpRequest> vraag,
            Duration duur, long logboekrecords) throws IOException, InterruptedException {
        long warmTot = System.nanoTime() + Math.min(duur.toNanos() / 2, TimeUnit.SECONDS.toNanos(3));
        int warm = 0;
        while (warm < 10 || (System.nanoTime() < warmTot && warm < 500)) {
            verstuur(http, vraag.get(), naam);
            warm++;
        }
        Histogram h = new Histogram(3);
        long tot = System.nanoTime() + duur.toNanos();
        while ((System.nanoTime() < tot || h.getTotalCount() < 20) && h.getTotalCount() < 2000) {
            HttpRequest r = vraag.get();
            long t = System.nanoTime();
            verstuur(http, r, naam);
            h.recordValue(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - t));
        }
        return new Meting(naam, omschrijving, h.getTotalCount(), h, logboekrecords);
    }

    private static void verstuur(HttpClient http, HttpRequest r, String naam) throws IOException, InterruptedException {
        HttpResponse<String> a = http.send(r, HttpResponse.BodyHandlers.ofString());
        if (a.statusCode() != 200) {
            throw new IllegalStateException(naam + " answered " + a.statusCode() + ": " + a.body());
        }
    }
}
