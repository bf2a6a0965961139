package nl.inburgering.instelling.factuur.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.inburgering.contracts.Topics;
import nl.inburgering.contracts.event.FactuurBeoordeeld;
import nl.inburgering.instelling.factuur.application.FactuurbeoordelingOpnemenHandler;
import nl.inburgering.platform.events.InvalidEventException;
import nl.inburgering.platform.inbox.EventInbox;

/**
 * Lening (seed §12.2) in: DUO's judgement of the invoices, on this service's own topics only
 * ({@code duo.factuurbeoordelingen.v1.instelling.<nummer>} for each of {@code keten.instellingen}, decision 0018).
 * A judgement of an invoice the instelling never sent, or one that does not fit it, goes to the topic's
 * {@code -dlt} with its reason.
 */
@Component
class FactuurbeoordelingenListener {

    private final EventInbox inbox;
    private final FactuurbeoordelingOpnemenHandler opnemen;

    FactuurbeoordelingenListener(EventInbox inbox, FactuurbeoordelingOpnemenHandler opnemen) {
        this.inbox = inbox;
        this.opnemen = opnemen;
    }

    @KafkaListener(topics = Topics.FACTUURBEOORDELINGEN)
    void ontvang(List<ConsumerRecord<String, byte[]>> records) {
        inbox.verwerkEenmalig(records, inbox.ontvanger().bij(FactuurBeoordeeld.class,
                event -> opnemen.handle(FactuurbeoordelingMapper.opnemen(event.data())).ifPresent(reden -> {
                    throw new InvalidEventException("Factuur beoordeeld niet verwerkt: " + reden);
                })));
    }
}
