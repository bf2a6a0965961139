package nl.inburgering.platform.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings every ketenpartner service shares.
 *
 * @param service       the service's name, also the Kafka consumer group and the CloudEvents systeem
 * @param oin           the organisation's OIN (20 digits), part of every CloudEvents {@code source}
 * @param pseudonimisering the secret used to derive partition keys without a BSN in them
 * @param kafka         topic settings
 * @param outbox        relay settings
 */
@ConfigurationProperties("keten")
public record KetenProperties(String service, String oin, Pseudonimisering pseudonimisering, Kafka kafka,
        Outbox outbox) {

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
