package nl.inburgering.platform.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

import nl.inburgering.contracts.Ketenpartner;

/**
 * Settings every ketenpartner service shares.
 *
 * @param service       the service's name, also the Kafka consumer group and the CloudEvents systeem
 * @param partner       which ketenpartner this service is: its topics must be the catalogue's for that partner
 * @param oin           this partner's own OIN (20 digits): the CloudEvents {@code source}, the Logboek's
 *                      organisation, DUO's M2M {@code doel}. No default: each partner configures its own
 * @param pseudonimisering the secret used to derive partition keys without a BSN in them
 * @param kafka         topic settings
 * @param outbox        relay settings
 */
@ConfigurationProperties("keten")
public record KetenProperties(String service, Ketenpartner partner, String oin, Pseudonimisering pseudonimisering,
        Kafka kafka, Outbox outbox, Topics topics) {

    public KetenProperties {
        if (service == null || service.isBlank()) {
            throw new IllegalArgumentException("keten.service ontbreekt: de naam van deze dienst");
        }
        if (partner == null) {
            throw new IllegalArgumentException("keten.partner ontbreekt: welke ketenpartner deze dienst is ("
                    + java.util.Arrays.toString(Ketenpartner.values()) + ")");
        }
        if (oin == null || !oin.matches("\\d{20}")) {
            throw new IllegalArgumentException("keten.oin ontbreekt of is geen OIN van 20 cijfers: het eigen OIN van "
                    + partner + " voor de CloudEvents-source, het Logboek en de M2M-controles");
        }
        topics = topics == null ? new Topics(true) : topics;
    }

    /**
     * @param controle whether the listeners' and publishers' topics are checked against the catalogue at start-up;
     *                 off only for the platform's own test application, which plays several partners at once
     */
    public record Topics(boolean controle) {
    }

    public record Pseudonimisering(String sleutel) {
    }

    public record Kafka(int partities) {
    }

    /**
     * @param interval      how often the relay looks for work when it was not woken
     * @param batchGrootte  rows per publication round
     * @param bewaartermijn how long published rows are kept as the record of delivery
     */
    public record Outbox(Duration interval, int batchGrootte, Duration bewaartermijn) {
    }
}
