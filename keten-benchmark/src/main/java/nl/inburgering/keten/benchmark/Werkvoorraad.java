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

    /** The share of the million whose plicht DUO ended (voldaan): what {@code status=beeindigd} finds. */
    static final int BEEINDIGD_PROCENT = 5;
    /** How deep the walk along {@code _links.next} goes (pages of 20). */
    static final int DIEPTE = 500;

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
                                    .append(DateTimeFormatter.ISO_INSTANT.format(ontvangen));
                            if (random.nextInt(100) < BEEINDIGD_PROCENT) { // DUO ended his plicht: status=beeindigd
                                buffer.append('\t').append(begindatum.plusYears(3)).append("\tINBURGERINGSPLICHT_VOLDAAN");
                            } else {
                                buffer.append("\t\\N\t\\N");
                            }
                            buffer.append('\n');
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
                        begindatum_inburgeringsplicht, datum_vaststelling, leerbaarheidstoets_klaargezet, ontvangen_op,
                        einddatum_plicht, reden_einde_plicht)
                    from stdin""", rijen);
            try (Statement s = c.createStatement()) {
                // the signal index the gemeente's listeners keep (decision 0046), as they would have written it for
                // these rows: a running plicht without any PIP has the leerroute's 10 weeks from its receipt; the
                // rows carry no termijn, handhaving or beschikking, so no other signal; with the sinds it reports (its
                // first day, third addendum), else each of these persons is computed on every oldest-signal page,
                // and with its person's key in the werkvoorraad's order (V202), as the worker writes them
                s.execute("""
                        insert into werkvoorraad_signaalmoment (bsn, gemeentecode, signaalsoort, vanaf, tot, sinds,
                            ontvangen_op, inburgeraar_id)
                        select i.bsn, i.gemeentecode, 'TIEN_WEKEN_LEERROUTE_VERSTREKEN',
                               (i.ontvangen_op at time zone 'Europe/Amsterdam')::date + 70, null,
                               (i.ontvangen_op at time zone 'Europe/Amsterdam')::date + 70,
                               i.ontvangen_op, i.id
                        from inburgeraar i
                        where i.einddatum_plicht is null
                          and not exists (select 1 from werkvoorraad_signaalmoment m where m.bsn = i.bsn)
                          and not exists (select 1 from pip p
                                          where p.bsn = i.bsn and p.gemeentecode = i.gemeentecode)""");
            }
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("analyze inburgeraar");
                s.execute("analyze werkvoorraad_signaalmoment");
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

    /**
     * Times each query: a warm-up first (not counted), then for {@code duur} (at least 20, at most 2000). The
     * werkvoorraad pages by cursor (decision 0044): the first page, a page 100,000 rows deep (its cursor taken from
     * the old {@code pagina=5000}, which is timed too, for the offset it walks), every page of a walk of
     * {@value #DIEPTE} pages along {@code _links.next}, the filters on status, the total on request, {@code _zoek},
     * and last each signal filter and both orders (decision 0046).
     */
    static List<Meting> meet(LocalKeten keten, Supplier<String> tokenAmsterdam, Lading lading, Duration duur)
            throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String basis = keten.baseUrl(KetenService.GEMEENTE) + "/api/v1/inburgeraars";
        long amsterdam = lading.perGemeente().getOrDefault("0363", 0L);
        int diepePagina = (int) Math.max(1, Math.min(5000, amsterdam / 20 / 2));
        Random random = new Random(7);
        List<Meting> metingen = new ArrayList<>();
        String token = tokenAmsterdam.get();
        metingen.add(tijd(http, "werkvoorraad eerste x20", "GET ?paginaGrootte=20 (" + amsterdam + " in Amsterdam)",
                () -> get(basis + "?paginaGrootte=20", token), duur, 20));
        metingen.add(tijd(http, "werkvoorraad eerste x100", "GET ?paginaGrootte=100",
                () -> get(basis + "?paginaGrootte=100", token), duur, 100));
        metingen.add(tijd(http, "werkvoorraad p" + diepePagina + " x20 (offset)",
                "GET ?pagina=" + diepePagina + "&paginaGrootte=20 (offset " + (diepePagina - 1) * 20L
                        + ", the old way)",
                () -> get(basis + "?pagina=" + diepePagina + "&paginaGrootte=20", token), duur, 20));
        String diep = volgende(http, get(basis + "?pagina=" + diepePagina + "&paginaGrootte=20", token));
        if (diep != null) {
            metingen.add(tijd(http, "werkvoorraad cursor na " + diepePagina * 20L + " x20",
                    "GET ?cursor=... (the _links.next of page " + diepePagina + ": rows " + (diepePagina * 20L + 1)
                            + " to " + (diepePagina + 1) * 20L + ")",
                    () -> get(diep, token), duur, 20));
        }
        metingen.add(wandeling(http, basis + "?paginaGrootte=20", token));
        metingen.add(tijd(http, "werkvoorraad status=beeindigd x20", "GET ?status=beeindigd&paginaGrootte=20 ("
                + BEEINDIGD_PROCENT + " % of the rows)", () -> get(basis + "?status=beeindigd&paginaGrootte=20", token),
                duur, 20));
        metingen.add(tijd(http, "werkvoorraad status=alle x20", "GET ?status=alle&paginaGrootte=20",
                () -> get(basis + "?status=alle&paginaGrootte=20", token), duur, 20));
        metingen.add(tijd(http, "werkvoorraad totaal=true x20", "GET ?paginaGrootte=20&totaal=true (the count "
                + "asked for)", () -> get(basis + "?paginaGrootte=20&totaal=true", token), duur, 20));
        List<String> bsns = lading.bsnsAmsterdam();
        metingen.add(tijd(http, "_zoek hit", "POST _zoek {bsn} of an Amsterdam inburgeraar",
                () -> post(basis + "/_zoek", token, bsns.get(random.nextInt(bsns.size()))), duur, 1));
        metingen.add(tijd(http, "_zoek other gemeente", "POST _zoek {bsn} of a Rotterdam inburgeraar: not found",
                () -> post(basis + "/_zoek", token, lading.bsnRotterdam()), duur, 0));
        // decision 0046: each signal filter and the order on the termijn from the signal index, 20 samples each after
        // 2 unmeasured; the order on the oldest signal (third addendum) 3 samples without warm-up
        for (String signaal : SIGNALEN) {
            metingen.add(gefilterd(http, basis, token, "signaal=" + signaal, "(candidates from the signal index)", 2,
                    20));
        }
        metingen.add(gefilterd(http, basis, token, "sorteer=einddatumTermijn", "(by the indexed einddatum_termijn)", 2,
                20));
        metingen.add(gefilterd(http, basis, token, "sorteer=oudsteSignaal",
                "(the signal index's windows by their sinds, then the rows without a signal)", 0, 3));
        return metingen;
    }

    /** Every value of the gemeente's {@code Signaalsoort}, as the API takes them. */
    static final List<String> SIGNALEN = List.of("TERMIJN_EINDIGT_BINNEN_4_WEKEN", "TERMIJN_OVERSCHREDEN",
            "VOORAANKONDIGING_BOETE", "TIEN_WEKEN_LEERROUTE_VERSTREKEN", "SIGNAAL_ONBEANTWOORD", "BOETE_OPGELEGD",
            "CERTIFICAAT_UITREIKEN", "DOELGROEPKEUZE_DOORGEVEN", "PIP_OPNIEUW_VASTSTELLEN", "OVERDRACHT_GEVRAAGD",
            "PIP_VORIGE_GEMEENTE_BEOORDELEN", "BREDE_INTAKE_NA_VERHUIZING");

    /**
     * A filtered or ordered first page of 20, one request at a time: {@code warm} unmeasured, then {@code aantal}
     * samples. A request that does not answer within {@value #SIGNAAL_SECONDEN} s is recorded as such (the
     * measurement has fewer samples then) instead of ending the run: the order on the oldest signal still takes seconds
     * or more at 300,000 rows.
     */
    private static Meting gefilterd(HttpClient http, String basis, String token, String query, String toelichting,
            int warm, int aantal) throws IOException, InterruptedException {
        String naam = "werkvoorraad " + query + " x20";
        String omschrijving = "GET ?" + query + "&paginaGrootte=20 " + toelichting;
        Histogram h = new Histogram(3);
        for (int i = 0; i < warm + aantal; i++) {
            HttpRequest r = HttpRequest.newBuilder(URI.create(basis + "?" + query + "&paginaGrootte=20"))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(SIGNAAL_SECONDEN)).GET().build();
            long t = System.nanoTime();
            try {
                verstuur(http, r, naam);
            } catch (java.net.http.HttpTimeoutException e) {
                return new Meting(naam, omschrijving + ": no answer within " + SIGNAAL_SECONDEN + " s",
                        h.getTotalCount(), h, 20);
            }
            if (i >= warm) {
                h.recordValue(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - t));
            }
        }
        return new Meting(naam, omschrijving, h.getTotalCount(), h, 20);
    }

    static final int SIGNAAL_SECONDEN = 120;

    /** The walk: {@value #DIEPTE} pages one after the other along _links.next, each page one sample. */
    private static Meting wandeling(HttpClient http, String eerste, String token)
            throws IOException, InterruptedException {
        Histogram h = new Histogram(3);
        String url = eerste;
        int paginas = 0;
        while (url != null && paginas < DIEPTE) {
            HttpRequest r = get(url, token);
            long t = System.nanoTime();
            HttpResponse<String> a = http.send(r, HttpResponse.BodyHandlers.ofString());
            h.recordValue(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - t));
            if (a.statusCode() != 200) {
                throw new IllegalStateException("the walk answered " + a.statusCode() + ": " + a.body());
            }
            url = next(a.body());
            paginas++;
        }
        return new Meting("werkvoorraad " + paginas + " pages along next x20", "GET the _links.next of each page in "
                + "turn, from the first to page " + paginas + " (every page one sample)", h.getTotalCount(), h, 20);
    }

    private static String volgende(HttpClient http, HttpRequest r) throws IOException, InterruptedException {
        return next(http.send(r, HttpResponse.BodyHandlers.ofString()).body());
    }

    /** The href of _links.next in a werkvoorraad page; null on the last page. */
    static String next(String json) {
        tools.jackson.databind.JsonNode next = JSON.readTree(json).at("/_links/next/href");
        return next.isMissingNode() || next.isNull() ? null : next.asString();
    }

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder()
            .build();

    /** The active werkvoorraad's predicate as Hibernate renders {@code InburgeraarRepository.ACTIEF}. */
    private static final String ACTIEF = "(i.einddatum_plicht is null or i.reden_einde_plicht <> 'OVERLIJDEN' and exists "
            + "(select b.id from beschikking_voldaan b where b.bsn = i.bsn and b.gemeentecode = i.gemeentecode "
            + "and b.waardepapier = 'INBURGERINGSCERTIFICAAT' and b.certificaat_uitgereikt_op is null))";

    /** The queries behind the werkvoorraad, old and new, by name: {@code ?} stands for the deep row's key. */
    private static Map<String, String> queries(Lading lading, int diepePagina) {
        Map<String, String> queries = new LinkedHashMap<>();
        String amsterdam = "select * from inburgeraar i where i.gemeentecode = '0363' and " + ACTIEF;
        // before decision 0044: Spring Data's page total on every page, and the offset
        queries.put("count(bsn) (the old Page's total, every page)",
                "select count(i.bsn) from inburgeraar i where i.gemeentecode = '0363' and " + ACTIEF);
        queries.put("page " + diepePagina + " of 20 by offset (old)", amsterdam
                + " order by i.ontvangen_op desc offset " + (diepePagina - 1) * 20L + " rows fetch first 20 rows only");
        // after: keyset, one row more to know whether there is a next page
        queries.put("first page of 20 (keyset)", amsterdam + " order by i.ontvangen_op desc, i.id desc "
                + "fetch first 21 rows only");
        queries.put("page after row " + diepePagina * 20L + " (keyset)", amsterdam + " and (i.ontvangen_op, i.id) < "
                + "(?, ?) order by i.ontvangen_op desc, i.id desc fetch first 21 rows only");
        queries.put("status=beeindigd first page (keyset)", "select * from inburgeraar i where i.gemeentecode = '0363' "
                + "and i.einddatum_plicht is not null order by i.ontvangen_op desc, i.id desc fetch first 21 rows only");
        queries.put("count(*) on request (totaal=true)",
                "select count(*) from inburgeraar i where i.gemeentecode = '0363' and " + ACTIEF);
        // decision 0046: a signal filter's candidates (the dense one of this load) and the order on the termijn
        queries.put("signaal=TIEN_WEKEN_LEERROUTE_VERSTREKEN first block, its windows walked newest first (V202)",
                "select distinct on (m.ontvangen_op, m.inburgeraar_id) i.* from (select m.bsn, m.inburgeraar_id,"
                + " m.ontvangen_op, m.vanaf, m.tot from werkvoorraad_signaalmoment m where m.gemeentecode = '0363'"
                + " and m.signaalsoort = 'TIEN_WEKEN_LEERROUTE_VERSTREKEN'"
                + " order by m.ontvangen_op desc, m.inburgeraar_id desc limit 20000) m"
                + " join inburgeraar i on i.id = m.inburgeraar_id"
                + " where (m.vanaf is null or m.vanaf <= current_date) and (m.tot is null or m.tot >= current_date)"
                + " and i.gemeentecode = '0363' and " + ACTIEF
                + " and not exists (select 1 from werkvoorraad_signaalindex_open o where o.bsn = m.bsn)"
                + " order by m.ontvangen_op desc, m.inburgeraar_id desc limit 21");
        queries.put("signaal=TIEN_WEKEN_LEERROUTE_VERSTREKEN candidates, first block (candidates' range, sorted)", amsterdam
                + " and exists (select 1 from werkvoorraad_signaalmoment m where m.bsn = i.bsn"
                + " and m.gemeentecode = i.gemeentecode and m.signaalsoort in ('TIEN_WEKEN_LEERROUTE_VERSTREKEN')"
                + " and (m.vanaf is null or m.vanaf <= current_date) and (m.tot is null or m.tot >= current_date))"
                + " order by i.ontvangen_op desc, i.id desc limit 21");
        queries.put("sorteer=einddatumTermijn first page (index)", amsterdam + " and i.einddatum_termijn is not null"
                + " order by i.einddatum_termijn, i.ontvangen_op desc, i.id desc limit 21");
        queries.put("_zoek by bsn", "select * from inburgeraar where bsn = '" + lading.bsnsAmsterdam().get(0) + "'");
        queries.put("beschikking_voldaan of a page", "select * from beschikking_voldaan where gemeentecode = '0363' "
                + "and bsn in ('" + String.join("','", lading.bsnsAmsterdam().subList(0,
                        Math.min(20, lading.bsnsAmsterdam().size()))) + "')");
        return queries;
    }

    /**
     * The SQL behind the werkvoorraad alone, over JDBC (median of 7 after 2 unmeasured), old and new (decision
     * 0044). Tells what of the API's time is the database's.
     */
    static Map<String, Double> sqlTijden(LocalKeten keten, Lading lading) throws Exception {
        long amsterdam = lading.perGemeente().getOrDefault("0363", 0L);
        int diepePagina = (int) Math.max(1, Math.min(5000, amsterdam / 20 / 2));
        Map<String, Double> tijden = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(keten.jdbcUrl(KetenService.GEMEENTE), LocalPostgres.USERNAME,
                LocalPostgres.PASSWORD)) {
            Object[] diep = diepeSleutel(c, diepePagina);
            for (Map.Entry<String, String> q : queries(lading, diepePagina).entrySet()) {
                List<Long> ns = new ArrayList<>();
                for (int i = 0; i < 9; i++) {
                    long t = System.nanoTime();
                    try (java.sql.PreparedStatement s = voorbereid(c, q.getValue(), diep);
                            ResultSet r = s.executeQuery()) {
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

    /**
     * {@code EXPLAIN (ANALYZE, BUFFERS)} of each query: the plan's lines, for the decision record (0044) and to see
     * which index each one uses.
     */
    static Map<String, List<String>> plannen(LocalKeten keten, Lading lading) throws Exception {
        long amsterdam = lading.perGemeente().getOrDefault("0363", 0L);
        int diepePagina = (int) Math.max(1, Math.min(5000, amsterdam / 20 / 2));
        Map<String, List<String>> plannen = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(keten.jdbcUrl(KetenService.GEMEENTE), LocalPostgres.USERNAME,
                LocalPostgres.PASSWORD)) {
            Object[] diep = diepeSleutel(c, diepePagina);
            for (Map.Entry<String, String> q : queries(lading, diepePagina).entrySet()) {
                List<String> regels = new ArrayList<>();
                try (java.sql.PreparedStatement s = voorbereid(c, "explain (analyze, buffers) " + q.getValue(), diep);
                        ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        regels.add(r.getString(1));
                    }
                }
                plannen.put(q.getKey(), regels);
            }
        }
        return plannen;
    }

    /** The key (ontvangen_op, id) of the last row of the deep page: where its _links.next continues. */
    private static Object[] diepeSleutel(Connection c, int diepePagina) throws java.sql.SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select i.ontvangen_op, i.id "
                + "from inburgeraar i where i.gemeentecode = '0363' and " + ACTIEF + " order by i.ontvangen_op desc, "
                + "i.id desc offset " + (diepePagina * 20L - 1) + " rows fetch first 1 rows only")) {
            return r.next() ? new Object[] { r.getObject(1, java.time.OffsetDateTime.class), r.getObject(2) }
                    : new Object[] { java.time.OffsetDateTime.now(), new UUID(0, 0) };
        }
    }

    private static java.sql.PreparedStatement voorbereid(Connection c, String sql, Object[] sleutel)
            throws java.sql.SQLException {
        java.sql.PreparedStatement s = c.prepareStatement(sql);
        if (sql.contains("?")) {
            s.setObject(1, sleutel[0]);
            s.setObject(2, sleutel[1]);
        }
        return s;
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
        return tijd(http, naam, omschrijving, vraag, duur, logboekrecords, 10, 20);
    }

    private static Meting tijd(HttpClient http, String naam, String omschrijving, Supplier<HttpRequest> vraag,
            Duration duur, long logboekrecords, int minstensWarm, int minstens) throws IOException, InterruptedException {
        long warmTot = System.nanoTime() + Math.min(duur.toNanos() / 2, TimeUnit.SECONDS.toNanos(3));
        int warm = 0;
        while (warm < minstensWarm || (System.nanoTime() < warmTot && warm < 500)) {
            verstuur(http, vraag.get(), naam);
            warm++;
        }
        Histogram h = new Histogram(3);
        long tot = System.nanoTime() + duur.toNanos();
        while ((System.nanoTime() < tot || h.getTotalCount() < minstens) && h.getTotalCount() < 2000) {
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
