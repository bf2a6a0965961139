package nl.inburgering.duo.notificatie.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.inburgering.duo.notificatie.application.Abonnement;
import nl.inburgering.duo.notificatie.application.Bezorging;
import nl.inburgering.platform.bsn.Bsn;

/**
 * The client side of the Notificatie API ({@code API/Notificatie/openapi.yml} 1.8.0): {@code POST /notificaties} with
 * the headers {@code bron} (DUO's OIN), {@code doel} (the gemeente's OIN) and {@code berichtId} (the notification's
 * id, the same on every retry, so the receiver can ignore a repeat), and the schema {@code Notificatie} as body.
 */
public class NotificatieApiClient implements Bezorging {

    /** Schema {@code Notificatie}: registratieDatumTijd and gebeurtenisId required; the person by bsn. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Notificatie(String registratieDatumTijd, String bsn, Long vNummer, String gebeurtenisId) {
    }

    private final RestClient http;
    private final String duoOin;
    private final Clock clock;
    private final Function<Abonnement, Optional<String>> token;

    /**
     * @param token the access token for an abonnement's scope; empty: no Authorization header
     */
    public NotificatieApiClient(RestClient http, String duoOin, Clock clock,
            Function<Abonnement, Optional<String>> token) {
        this.http = http;
        this.duoOin = duoOin;
        this.clock = clock;
        this.token = token;
    }

    @Override
    public Uitkomst bezorg(Abonnement abonnement, UUID berichtId, Bsn bsn, String gebeurtenisId, Instant registratie) {
        Notificatie body = new Notificatie(OffsetDateTime.ofInstant(registratie, clock.getZone()).toString(),
                bsn.value(), null, gebeurtenisId);
        try {
            Optional<String> bearer = token.apply(abonnement);
            return http.post().uri(abonnement.url())
                    .contentType(MediaType.APPLICATION_JSON)
                    .headers(h -> {
                        h.set("bron", duoOin);
                        h.set("doel", abonnement.oin());
                        h.set("berichtId", berichtId.toString());
                        bearer.ifPresent(h::setBearerAuth);
                    })
                    .body(body)
                    .exchange((verzoek, antwoord) -> uitkomst(antwoord.getStatusCode()));
        } catch (ResourceAccessException | UncheckedIOException e) {
            return new Uitkomst(Soort.OPNIEUW, "geen antwoord: " + oorzaak(e));
        } catch (RuntimeException e) {
            // e.g. the authorization server refused or could not be reached: the gemeente waits like one that is down
            return new Uitkomst(Soort.OPNIEUW, "niet verstuurd: " + e.getClass().getSimpleName());
        }
    }

    static Uitkomst uitkomst(HttpStatusCode status) {
        int code = status.value();
        if (status.is2xxSuccessful()) {
            return Uitkomst.afgeleverd();
        }
        if (status.is4xxClientError() && code != 401 && code != 403 && code != 408 && code != 429) {
            return new Uitkomst(Soort.GEWEIGERD, "HTTP " + code);
        }
        return new Uitkomst(Soort.OPNIEUW, "HTTP " + code);
    }

    private static String oorzaak(RuntimeException e) {
        Throwable oorzaak = e.getCause() instanceof IOException io ? io : e;
        return oorzaak.getClass().getSimpleName();
    }
}
