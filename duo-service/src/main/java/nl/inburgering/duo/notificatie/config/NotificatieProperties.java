package nl.inburgering.duo.notificatie.config;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code keten.duo.notificatie}: the gemeenten that registered an endpoint for DUO's Notificatie API, by their OIN
 * (the {@code doel} header), and how DUO delivers (decision 0030).
 *
 * @param interval       how often the sender looks for notifications to deliver
 * @param backOffStart   the wait after a gemeente's first failed delivery; doubled per failure in a row
 * @param backOffMaximum the longest wait between two attempts for one gemeente
 * @param timeout        connect and read timeout of one POST
 * @param token          DUO's client at the authorization server the gemeenten trust; none: no Authorization header
 * @param abonnementen   per gemeente OIN: its gemeentecode, its endpoint ({@code .../notificaties}) and the scope
 *                       (the audience of the token, the gemeente's service)
 */
@ConfigurationProperties("keten.duo.notificatie")
public record NotificatieProperties(@DefaultValue("PT1S") Duration interval,
        @DefaultValue("PT1S") Duration backOffStart, @DefaultValue("PT5M") Duration backOffMaximum,
        @DefaultValue("PT5S") Duration timeout, Token token, Map<String, Abonnement> abonnementen) {

    public NotificatieProperties {
        abonnementen = abonnementen == null ? Map.of() : Map.copyOf(abonnementen);
    }

    public record Abonnement(String gemeentecode, URI url, @DefaultValue("gemeente-service") String scope) {
    }

    public record Token(URI uri, String clientId, String clientSecret) {
    }
}
