package nl.inburgering.gemeente.intake.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.inburgering.contracts.Topics;
import nl.inburgering.contracts.event.LeerbaarheidstoetsKlaargezet;
import nl.inburgering.contracts.event.LeerbaarheidstoetsUitkomstVastgesteld;
import nl.inburgering.gemeente.intake.application.LeerbaarheidstoetsOpnemenHandler;
import nl.inburgering.platform.inbox.EventInbox;

/**
 * Stelseldienst #6 in: the only listener of this service on the topic, for both its types (a second one would take
 * partitions, and with them events, from this one).
 */
@Component
class LeerbaarheidstoetsListener {

    private final EventInbox inbox;
    private final LeerbaarheidstoetsOpnemenHandler opnemen;

    LeerbaarheidstoetsListener(EventInbox inbox, LeerbaarheidstoetsOpnemenHandler opnemen) {
        this.inbox = inbox;
        this.opnemen = opnemen;
    }

    @KafkaListener(topics = Topics.UITKOMST_LEERBAARHEIDSTOETS)
    void ontvang(List<ConsumerRecord<String, byte[]>> records) {
        inbox.verwerkEenmalig(records, inbox.ontvanger()
                .bij(LeerbaarheidstoetsKlaargezet.class,
                        event -> opnemen.handle(LeerbaarheidstoetsMapper.klaargezet(event.data())))
                .bij(LeerbaarheidstoetsUitkomstVastgesteld.class,
                        event -> opnemen.handle(LeerbaarheidstoetsMapper.uitkomst(event.data()))));
    }
}
