package nl.inburgering.keten.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Function;

import nl.inburgering.keten.local.KetenService;
import nl.inburgering.keten.local.LocalKeten;
import nl.inburgering.platform.test.TestBsn;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to the running chain the way its users do: through the public REST APIs. */
final class Keten {

    static final String DUO_OIN = "00000001003214345000";
    private static final Map<String, String> GEMEENTE = Map.of("0363", "amsterdam", "0599", "rotterdam",
            "0344", "utrecht");
    private static final Map<String, String> OIN = Map.of("0363", "00000001002564440000", "0599",
            "00000001002220647000", "0344", "00000001002306608000");

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static final AtomicLong V_NUMMERS = new AtomicLong(8_000_000_000L + System.nanoTime() % 1_000_000_000L);

    private final Function<KetenService, String> baseUrl;
    private final BiFunction<String, String, String> token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(10)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    Keten(LocalKeten keten) {
        this(keten::baseUrl, (client, service) -> keten.token(client, service));
    }

    /**
     * A chain elsewhere (e.g. on containers): where each service is, and a token for a demo client and one
     * service's name.
     */
    Keten(Function<KetenService, String> baseUrl, BiFunction<String, String, String> token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    record Antwoord(int status, JsonNode body, String contentType, String retryAfter) {

        Antwoord(int status, JsonNode body) {
            this(status, body, null, null);
        }
    }

    /** The gemeente's BRP system registers an inschrijving; the gemeente is the one of its token. */
    Antwoord brpInschrijving(String bsn, String gemeentecode, String datumInschrijving, String geboortedatum) {
        return post(KetenService.GEMEENTE, "gemeentesysteem-" + GEMEENTE.get(gemeentecode),
                "/api/v1/brp/inschrijvingen", Map.of("bsn", bsn, "datumInschrijving", datumInschrijving,
                        "geboortedatum", geboortedatum));
    }

    /** The BRP system of the new gemeente registers a verhuizing into its gemeente (the one of its token). */
    Antwoord brpVerhuizing(String bsn, String gemeentecodeNieuw, String datumVerhuizing) {
        return post(KetenService.GEMEENTE, "gemeentesysteem-" + GEMEENTE.get(gemeentecodeNieuw),
                "/api/v1/brp/verhuizingen", Map.of("bsn", bsn, "datumVerhuizing", datumVerhuizing));
    }

    Antwoord verblijfsvergunning(String vNummer, String bsn, String geboortedatum, String nationaliteit,
            String verblijfsdoel, String ingangsdatum) {
        return post(KetenService.IND, "ind-medewerker", "/api/v1/verblijfsvergunningen", Map.of("vNummer", vNummer, "bsn", bsn,
                "geboortedatum", geboortedatum, "nationaliteit", nationaliteit, "verblijfsdoel", verblijfsdoel,
                "ingangsdatum", ingangsdatum));
    }

    /** A person in a gemeente's werkvoorraad: his BSN and the id of his row there. */
    record Inburgeraar(String bsn, String id) {
    }

    /**
     * §3.2: a gezinsmigrant of 30 (Moroccan, gezinshereniging for two months), ingeschreven in the gemeente
     * {@code dagenIngeschreven} days ago; returns once DUO found him plichtig and he is in the gemeente's werkvoorraad.
     */
    Inburgeraar plichtigeGezinsmigrant(String gemeentecode, int dagenIngeschreven) {
        return plichtigeGezinsmigrant(gemeentecode, dagenIngeschreven, TestBsn.nieuw());
    }

    /** The same, for a given BSN (e.g. the demo inburgeraar's, whose own token the chain issues). */
    Inburgeraar plichtigeGezinsmigrant(String gemeentecode, int dagenIngeschreven, String bsn) {
        LocalDate vandaag = LocalDate.now(NL);
        String geboren = vandaag.minusYears(30).toString();
        Antwoord inschrijving = brpInschrijving(bsn, gemeentecode, vandaag.minusDays(dagenIngeschreven).toString(),
                geboren);
        Antwoord vergunning = verblijfsvergunning(String.valueOf(V_NUMMERS.incrementAndGet()), bsn, geboren, "MA",
                "GEZINSHERENIGING", vandaag.minusMonths(2).toString());
        if (inschrijving.status() != 201 || vergunning.status() != 201) {
            throw new AssertionError("inschrijving " + inschrijving.status() + " " + inschrijving.body()
                    + ", vergunning " + vergunning.status() + " " + vergunning.body());
        }
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> zoekBijGemeente(gemeentecode, bsn).size() == 1);
        return new Inburgeraar(bsn, zoekBijGemeente(gemeentecode, bsn).get(0).get("id").asString());
    }

    /** A klantmanager of the gemeente searches with {@code POST /api/v1/inburgeraars/_zoek}: the matches. */
    JsonNode zoekBijGemeente(String gemeentecode, String bsn) {
        return post(KetenService.GEMEENTE, klantmanager(gemeentecode), "/api/v1/inburgeraars/_zoek",
                Map.of("bsn", bsn)).body().get("inburgeraars");
    }

    /** The werkvoorraad of the klantmanager of the gemeente. */
    JsonNode werkvoorraad(String gemeentecode) {
        return get(KetenService.GEMEENTE, klantmanager(gemeentecode), "/api/v1/inburgeraars?paginaGrootte=100",
                Map.of()).body().get("inburgeraars");
    }

    /** DUO's M2M API as the gemeente's system calls it. */
    Antwoord duoM2m(String gemeentecode, String pad) {
        return get(KetenService.DUO, "gemeentesysteem-" + GEMEENTE.get(gemeentecode), "/m2m/v1" + pad,
                Map.of("bron", OIN.get(gemeentecode), "doel", DUO_OIN, "berichtId", UUID.randomUUID().toString()));
    }

    /** DUO's M2M API as the gemeente's system calls it to deliver something (a PIP, an aanbod). */
    Antwoord duoM2mPost(String gemeentecode, String pad, String body) {
        return verstuur(HttpRequest.newBuilder(URI.create(baseUrl.apply(KetenService.DUO) + "/m2m/v1" + pad))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token.apply("gemeentesysteem-" + GEMEENTE.get(gemeentecode),
                        KetenService.DUO.naam()))
                .header("bron", OIN.get(gemeentecode)).header("doel", DUO_OIN)
                .header("berichtId", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** DUO's M2M API as the gemeente's system calls it to replace something (a MAP, PVT or Z-route result). */
    Antwoord duoM2mPut(String gemeentecode, String pad, String body) {
        return verstuur(HttpRequest.newBuilder(URI.create(baseUrl.apply(KetenService.DUO) + "/m2m/v1" + pad))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token.apply("gemeentesysteem-" + GEMEENTE.get(gemeentecode),
                        KetenService.DUO.naam()))
                .header("bron", OIN.get(gemeentecode)).header("doel", DUO_OIN)
                .header("berichtId", UUID.randomUUID().toString())
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Any call, as the given demo client; the body is JSON or null. */
    Antwoord vraag(String methode, KetenService service, String client, String pad, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl.apply(service) + pad))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token.apply(client, service.naam()))
                .method(methode, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        return verstuur(request.build());
    }

    static String klantmanager(String gemeentecode) {
        return "klantmanager-" + GEMEENTE.get(gemeentecode);
    }

    private Antwoord post(KetenService service, String client, String pad, Map<String, String> body) {
        return verstuur(HttpRequest.newBuilder(URI.create(baseUrl.apply(service) + pad))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token.apply(client, service.naam()))
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build());
    }

    private Antwoord get(KetenService service, String client, String pad, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl.apply(service) + pad)).GET()
                .header("Authorization", "Bearer " + token.apply(client, service.naam()));
        headers.forEach(request::header);
        return verstuur(request.build());
    }

    String json(Map<String, ?> waarden) {
        return json.writeValueAsString(waarden);
    }

    private Antwoord verstuur(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isBlank() ? json.nullNode() : json.readTree(response.body());
            return new Antwoord(response.statusCode(), body,
                    response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Retry-After").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
