package nl.inburgering.keten.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import nl.inburgering.keten.local.KetenService;
import nl.inburgering.keten.local.LocalKeten;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to the running chain the way its users do: through the public REST APIs. */
final class Keten {

    static final String DUO_OIN = "00000001003214345000";
    static final String GEMEENTE_OIN = "00000001002564440000";

    private final LocalKeten keten;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    Keten(LocalKeten keten) {
        this.keten = keten;
    }

    record Antwoord(int status, JsonNode body) {
    }

    Antwoord brpInschrijving(String bsn, String gemeentecode, String datumInschrijving, String geboortedatum) {
        return post(KetenService.GEMEENTE, "/api/v1/brp/inschrijvingen", Map.of("bsn", bsn, "gemeentecode",
                gemeentecode, "datumInschrijving", datumInschrijving, "geboortedatum", geboortedatum));
    }

    Antwoord verblijfsvergunning(String vNummer, String bsn, String geboortedatum, String nationaliteit,
            String verblijfsdoel, String ingangsdatum) {
        return post(KetenService.IND, "/api/v1/verblijfsvergunningen", Map.of("vNummer", vNummer, "bsn", bsn,
                "geboortedatum", geboortedatum, "nationaliteit", nationaliteit, "verblijfsdoel", verblijfsdoel,
                "ingangsdatum", ingangsdatum));
    }

    /** The gemeente's answer to {@code POST /api/v1/inburgeraars/_zoek}: the list of matches. */
    JsonNode zoekBijGemeente(String bsn) {
        return post(KetenService.GEMEENTE, "/api/v1/inburgeraars/_zoek", Map.of("bsn", bsn)).body()
                .get("inburgeraars");
    }

    JsonNode werkvoorraad(String gemeentecode) {
        return get(KetenService.GEMEENTE, "/api/v1/inburgeraars?gemeentecode=" + gemeentecode + "&paginaGrootte=100",
                Map.of()).body().get("inburgeraars");
    }

    /** DUO's M2M API as a gemeente system calls it. */
    Antwoord duoM2m(String pad) {
        return get(KetenService.DUO, "/m2m/v1" + pad, Map.of("bron", GEMEENTE_OIN, "doel", DUO_OIN, "berichtId",
                UUID.randomUUID().toString()));
    }

    private Antwoord post(KetenService service, String pad, Map<String, String> body) {
        return verstuur(HttpRequest.newBuilder(URI.create(keten.baseUrl(service) + pad))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build());
    }

    private Antwoord get(KetenService service, String pad, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(keten.baseUrl(service) + pad)).GET();
        headers.forEach(request::header);
        return verstuur(request.build());
    }

    private Antwoord verstuur(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isBlank() ? json.nullNode() : json.readTree(response.body());
            return new Antwoord(response.statusCode(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
