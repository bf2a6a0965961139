package nl.inburgering.gemeente.notificatie.config;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code keten.gemeente.notificatie} (decision 0030): the gemeenten of this service that receive DUO's notifications,
 * by their OIN (the {@code doel} header), each with the client of its own system at the authorization server (for
 * DUO's M2M APIs); DUO's OIN (the only sender) and the base URL of DUO's M2M APIs.
 *
 * @param duoOin    the OIN whose PARTNERSYSTEEM token may POST notifications (DUO's)
 * @param duoUrl    DUO's M2M base URL, e.g. {@code http://localhost:8082/m2m/v1}
 * @param tokenUri  the authorization server's token endpoint; none: no Authorization header towards DUO
 * @param interval  how often received notifications are followed up
 * @param timeout   connect and read timeout of one call to DUO
 * @param gemeenten per gemeente OIN: its gemeentecode and its system's client id and secret
 */
@ConfigurationProperties("keten.gemeente.notificatie")
public record NotificatieProperties(@DefaultValue("00000001003214345000") String duoOin, URI duoUrl, URI tokenUri,
        @DefaultValue("PT1S") Duration interval, @DefaultValue("PT5S") Duration timeout,
        Map<String, Gemeente> gemeenten) {

    public NotificatieProperties {
        gemeenten = gemeenten == null ? Map.of() : Map.copyOf(gemeenten);
    }

    public record Gemeente(String gemeentecode, String clientId, String clientSecret) {
    }
}
