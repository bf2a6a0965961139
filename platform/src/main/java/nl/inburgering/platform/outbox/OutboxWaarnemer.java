package nl.inburgering.platform.outbox;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;

import nl.inburgering.contracts.Afnemer;
import nl.inburgering.contracts.Topic;

/**
 * A service's hook on its own outbox (decision 0030): a bean of this type is called by {@link Outbox#publiceer} for
 * every row it stores, inside the caller's transaction, with the contract event and the recipient's topic. What the
 * bean writes commits or rolls back with the fact; an exception rolls the fact back too, so a bean must not fail for
 * an event it does not care about. DUO's Notificatie API uses it to derive a notification per gemeente from every
 * stelseldienst it sends. Runs under the caller's person lock: keep it to a few inserts.
 */
public interface OutboxWaarnemer {

    void opgeslagen(Opgeslagen rij);

    /**
     * One stored outbox row.
     *
     * @param eventId  the CloudEvents id (the same for every recipient of one fact)
     * @param bsn      the person the event is about
     * @param event    the contract event as it is published
     * @param topic    the stelseldienst in the catalogue
     * @param topicnaam the topic of this row: {@link Topic#name()} or a recipient's {@code <name>.<afnemer>}
     * @param afnemer  the recipient of this row; empty for a topic every consumer reads entirely
     * @param tijd     when the fact was stored (the injected clock)
     */
    record Opgeslagen(UUID eventId, String bsn, SpecificRecord event, Topic topic, String topicnaam,
            Optional<Afnemer> afnemer, Instant tijd) {
    }
}
