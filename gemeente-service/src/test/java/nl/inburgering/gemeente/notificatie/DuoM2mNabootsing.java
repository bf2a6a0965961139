package nl.inburgering.gemeente.notificatie;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * DUO's M2M APIs as a real HTTP server (JDK {@link HttpServer}) with the answers of DUO's published specs: what DUO
 * knows per path ({@code /personen/<bsn>/inburgeringsplicht}, ...), 404 for anything else. Records every request with
 * its bron, doel and berichtId headers.
 */
final class DuoM2mNabootsing implements AutoCloseable {

    record Verzoek(String pad, String bron, String doel, String berichtId) {
    }

    private final HttpServer server;
    private final Map<String, String> antwoorden = new ConcurrentHashMap<>();
    final List<Verzoek> verzoeken = new CopyOnWriteArrayList<>();

    DuoM2mNabootsing() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/m2m/v1", this::antwoord);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/m2m/v1";
    }

    /** DUO answers {@code json} on {@code /m2m/v1<pad>}. */
    void kent(String pad, String json) {
        antwoorden.put("/m2m/v1" + pad, json);
    }

    private void antwoord(HttpExchange uitwisseling) throws IOException {
        String pad = uitwisseling.getRequestURI().getPath();
        var headers = uitwisseling.getRequestHeaders();
        verzoeken.add(new Verzoek(pad, headers.getFirst("bron"), headers.getFirst("doel"), headers.getFirst("berichtId")));
        String json = antwoorden.get(pad);
        uitwisseling.getResponseHeaders().add("API-Version", "1.0.0");
        if (json == null) {
            uitwisseling.sendResponseHeaders(404, -1);
        } else {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            uitwisseling.getResponseHeaders().add("Content-Type", "application/json");
            uitwisseling.sendResponseHeaders(200, body.length);
            uitwisseling.getResponseBody().write(body);
        }
        uitwisseling.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
