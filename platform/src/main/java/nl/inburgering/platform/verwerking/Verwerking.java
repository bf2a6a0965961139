package nl.inburgering.platform.verwerking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.outbox.Outbox;

/**
 * What the work of one {@link Persoonsverwerking} may do besides changing its own data: know whose data it is,
 * read the chain's clock, and publish events about that person through the outbox in the same transaction.
 */
public final class Verwerking {

    private final Bsn bsn;
    private final Outbox outbox;
    private final Clock clock;

    Verwerking(Bsn bsn, Outbox outbox, Clock clock) {
        this.bsn = bsn;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Bsn bsn() {
        return bsn;
    }

    public Instant nu() {
        return clock.instant();
    }

    public LocalDate vandaag() {
        return LocalDate.now(clock);
    }

    public Clock klok() {
        return clock;
    }

    /**
     * Publishes a domain event about this person; a mapper in {@code messaging/} turns it into its contract. The
     * delivery deadline of its stelseldienst counts from now.
     */
    public UUID publiceer(Object event) {
        return outbox.publiceer(bsn.value(), event);
    }

    /** As {@link #publiceer(Object)}, with the deadline counted from the moment the triggering signal arrived. */
    public UUID publiceer(Object event, Instant signaal) {
        return outbox.publiceer(bsn.value(), event, signaal);
    }

    /** As {@link #publiceer(Object)}, with the deadline counted from a dated fact (a dagtekening). */
    public UUID publiceer(Object event, LocalDate signaaldag) {
        return outbox.publiceer(bsn.value(), event, signaaldag);
    }
}
