package nl.inburgering.platform.outbox;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Part of the liveness probe: a relay whose thread died publishes nothing again until the service restarts, so the
 * service is not alive. A relay that merely cannot reach Kafka or its database is alive: it retries by itself.
 */
public class OutboxRelayGezondheid implements HealthIndicator {

    private final OutboxRelay relay;

    public OutboxRelayGezondheid(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public Health health() {
        return relay.gestoptDoor()
                .map(oorzaak -> Health.down().withDetail("gestoptDoor", oorzaak).build())
                .orElseGet(() -> Health.up().build());
    }
}
