package nl.inburgering.keten.local;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import nl.inburgering.keten.local.tokens.DemoClient;

/**
 * Demo persons for a local run, loaded through the public REST APIs only: for each person the gemeente registers
 * the BRP-inschrijving and the IND registers the verblijfsvergunning, and the chain does the rest.
 *
 * <p>Every call carries an access token of the local token issuer: the BRP-inschrijving one of the gemeente's own
 * systems ({@code gemeentesysteem-amsterdam}, {@code gemeentesysteem-rotterdam}; the gemeentecode comes from that
 * token, not from the body), the verblijfsvergunning one of {@code ind-medewerker}.
 *
 * <p>The BSNs are made up (they pass the elfproef); the dates are relative to today, so the ages stay right.
 * An endpoint that answers an error (e.g. 409 when the demo was loaded before into the same data) is printed
 * and the next call goes on.
 */
public final class DemoData {

    /** One demo person. */
    public record Persoon(String naam, String bsn, String vNummer, String gemeentecode, int leeftijd,
            String nationaliteit, String verblijfsdoel, boolean referentIsAsielstatushouder, String toelichting) {

        LocalDate geboortedatum(LocalDate vandaag) {
            // a birthday a few weeks ago: the age is exactly `leeftijd` today
            return vandaag.minusYears(leeftijd).minusDays(20);
        }
    }

    /** The gemeente of the demo AZC (Utrecht): an asielstatushouder there is COA's bewoner until COA links him. */
    static final String AZC_GEMEENTE = "0344";

    /** The demo persons: Amsterdam (0363), Rotterdam (0599) and the AZC in Utrecht (0344). */
    public static final List<Persoon> PERSONEN = List.of(
            new Persoon("Amal (asielstatushouder)", "111221006", "1000000011", AZC_GEMEENTE, 34, "SY", "ASIEL", false,
                    "in het AZC Utrecht: DUO levert aan COA; koppel haar via COA (README §3.3)"),
            new Persoon("Yonas (gezinshereniger)", "222331008", "1000000022", "0363", 29, "ER", "GEZINSHERENIGING", true,
                    "gezinsmigrant bij een asielstatushouder"),
            new Persoon("Elif (gezinsvormer)", "333441011", "1000000033", "0599", 26, "TR", "GEZINSVORMING", false,
                    "gezinsmigrant, inburgeringsplichtig"),
            new Persoon("Wei (student)", "444551001", "1000000044", "0599", 21, "CN", "STUDIE", false,
                    "tijdelijk verblijfsdoel: niet inburgeringsplichtig"),
            new Persoon("Samir (17 jaar)", "555661003", "1000000055", "0363", 17, "MA", "GEZINSHERENIGING", false,
                    "minderjarig: nog niet inburgeringsplichtig"),
            new Persoon("Ravi (geestelijk bedienaar)", "666771005", "1000000066", "0599", 45, "IN", "GEESTELIJK_BEDIENAAR", false,
                    "geestelijk bedienaar, inburgeringsplichtig"),
            new Persoon("Mariam (68 jaar)", "777881007", "1000000077", "0363", 68, "AF", "ASIEL", false,
                    "boven de AOW-leeftijd: niet inburgeringsplichtig"));

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Function<KetenService, String> baseUrl;
    private final Tokens tokens;
    private final PrintStream out;
    private final LocalDate vandaag;
    private final Map<String, String> tokenPerClient = new HashMap<>();

    /** Gets an access token for a demo client and one service, e.g. {@code keten::token}. */
    @FunctionalInterface
    public interface Tokens {
        String token(String clientId, String audience);
    }

    /**
     * @param baseUrl gives {@code http://localhost:<port>} of ind-service and gemeente-service
     * @param tokens  gives the access tokens, e.g. {@code keten::token}
     * @param out     where each call and its answer is printed
     */
    public DemoData(Function<KetenService, String> baseUrl, Tokens tokens, PrintStream out, LocalDate vandaag) {
        this.baseUrl = baseUrl;
        this.tokens = tokens;
        this.out = out;
        this.vandaag = vandaag;
    }

    /** The client that registers the BRP-inschrijving of a person: the own systems of the person's gemeente. */
    static String brpClient(Persoon p) {
        return DemoClient.gemeentesysteem(p.gemeentecode()).clientId();
    }

    /** The client that registers the verblijfsvergunning. */
    static final String IND_CLIENT = "ind-medewerker";

    /** The client that registers the AZC's bewoners. */
    static final String COA_CLIENT = "coa-medewerker";

    /** Loads every demo person; returns how many calls answered an error (or failed). */
    public int load() {
        out.println();
        out.println("Demo data (made-up BSNs), through the public APIs with tokens of the local token issuer:");
        int fouten = 0;
        for (Persoon p : PERSONEN) {
            out.printf("  %-28s BSN %s  gemeente %s  %-20s %s%n", p.naam(), p.bsn(), p.gemeentecode(),
                    p.verblijfsdoel(), p.toelichting());
            fouten += post(KetenService.IND, IND_CLIENT, "/api/v1/verblijfsvergunningen", verblijfsvergunning(p)) ? 0 : 1;
            fouten += post(KetenService.GEMEENTE, brpClient(p), "/api/v1/brp/inschrijvingen", inschrijving(p)) ? 0 : 1;
            if (AZC_GEMEENTE.equals(p.gemeentecode())) {
                fouten += post(KetenService.COA, COA_CLIENT, "/api/v1/bewoners", bewoner(p)) ? 0 : 1;
            }
        }
        out.println(fouten == 0 ? "Demo data loaded." : "Demo data loaded with " + fouten + " error(s), see above.");
        return fouten;
    }

    String verblijfsvergunning(Persoon p) {
        return """
                {"vNummer":"%s","bsn":"%s","geboortedatum":"%s","nationaliteit":"%s","verblijfsdoel":"%s",\
                "referentIsAsielstatushouder":%s,"ingangsdatum":"%s"}"""
                .formatted(p.vNummer(), p.bsn(), p.geboortedatum(vandaag), p.nationaliteit(), p.verblijfsdoel(),
                        p.referentIsAsielstatushouder(), vandaag.minusDays(30));
    }

    String bewoner(Persoon p) {
        return """
                {"bsn":"%s","vNummer":"%s","azcLocatie":"AZC Utrecht"}""".formatted(p.bsn(), p.vNummer());
    }

    /** No gemeentecode: the gemeente is the one of the token ({@link #brpClient}). */
    String inschrijving(Persoon p) {
        return """
                {"bsn":"%s","datumInschrijving":"%s","geboortedatum":"%s"}"""
                .formatted(p.bsn(), vandaag.minusDays(7), p.geboortedatum(vandaag));
    }

    private boolean post(KetenService service, String clientId, String path, String json) {
        String url = baseUrl.apply(service) + path;
        String token;
        try {
            token = tokenPerClient.computeIfAbsent(clientId + " " + service.naam(),
                    k -> tokens.token(clientId, service.naam()));
        } catch (RuntimeException e) {
            out.printf("    FOUT no token for %s (%s): %s%n", clientId, service.naam(), e.getMessage());
            return false;
        }
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(30))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .header("Accept", "application/json, application/problem+json")
                            .POST(HttpRequest.BodyPublishers.ofString(json))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            boolean ok = response.statusCode() / 100 == 2;
            out.printf("    %s POST %s as %s -> %d%s%n", ok ? "ok  " : "FOUT", url, clientId, response.statusCode(),
                    ok ? "" : " " + response.body());
            return ok;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.printf("    FOUT POST %s -> interrupted%n", url);
            return false;
        } catch (Exception e) {
            out.printf("    FOUT POST %s -> %s%n", url, e);
            return false;
        }
    }
}
