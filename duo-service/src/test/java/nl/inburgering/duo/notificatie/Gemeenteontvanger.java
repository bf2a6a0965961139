package nl.inburgering.duo.notificatie;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A gemeente's Notificatie API endpoint as a real HTTP server (JDK {@link HttpServer}): it answers what the test
 * says (201, or 503 while "down", or a 400 for one notification), records every request and validates it against DUO's
 * published spec.
 */
final class Gemeenteontvanger implements AutoCloseable {

    private static final Pattern BSN = Pattern.compile("\"bsn\"\\s*:\\s*\"(\\d{9})\"");
    private static final Pattern GEBEURTENIS = Pattern.compile("\"gebeurtenisId\"\\s*:\\s*\"([0-9A-Z]+)\"");

    /** One request as it arrived, and the status it got. */
    record Verzoek(String berichtId, String bron, String doel, String bsn, String gebeurtenisId, int status,
            List<String> specfouten) {
    }

    private final HttpServer server;
    final List<Verzoek> verzoeken = new CopyOnWriteArrayList<>();
    private volatile ToIntFunction<String> antwoord = body -> 201;

    Gemeenteontvanger() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(NotificatieSpec.PAD, this::ontvang);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + NotificatieSpec.PAD;
    }

    /** From now on every request gets {@code status}. */
    void antwoordt(int status) {
        antwoord = body -> status;
    }

    /** From now on the status per request body. */
    void antwoordt(ToIntFunction<String> perBody) {
        antwoord = perBody;
    }

    /** The notifications the gemeente accepted (2xx), in the order they arrived. */
    List<Verzoek> aanvaard() {
        return verzoeken.stream().filter(v -> v.status() / 100 == 2).toList();
    }

    List<Verzoek> aanvaardVoor(String bsn) {
        return aanvaard().stream().filter(v -> v.bsn().equals(bsn)).toList();
    }

    private void ontvang(HttpExchange uitwisseling) throws IOException {
        byte[] body = uitwisseling.getRequestBody().readAllBytes();
        String tekst = new String(body, StandardCharsets.UTF_8);
        Map<String, List<String>> headers = new java.util.LinkedHashMap<>();
        uitwisseling.getRequestHeaders().forEach((naam, waarden) -> headers.put(naam, new ArrayList<>(waarden)));
        int status = antwoord.applyAsInt(tekst);
        verzoeken.add(new Verzoek(uitwisseling.getRequestHeaders().getFirst("berichtId"),
                uitwisseling.getRequestHeaders().getFirst("bron"), uitwisseling.getRequestHeaders().getFirst("doel"),
                groep(BSN, tekst), groep(GEBEURTENIS, tekst), status,
                NotificatieSpec.fouten(uitwisseling.getRequestMethod(), uitwisseling.getRequestURI().getPath(),
                        headers, body)));
        uitwisseling.getResponseHeaders().add("API-Version", "1.8.0");
        uitwisseling.sendResponseHeaders(status, -1);
        uitwisseling.close();
    }

    private static String groep(Pattern patroon, String tekst) {
        Matcher m = patroon.matcher(tekst);
        return m.find() ? m.group(1) : null;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
