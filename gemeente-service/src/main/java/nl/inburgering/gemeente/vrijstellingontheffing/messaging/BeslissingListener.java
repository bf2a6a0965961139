package nl.inburgering.gemeente.vrijstellingontheffing.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.inburgering.contracts.Topics;
import nl.inburgering.contracts.event.OntheffingBeslist;
import nl.inburgering.contracts.event.VrijstellingBeoordeeld;
import nl.inburgering.gemeente.vrijstellingontheffing.application.BeslissingOpnemenHandler;
import nl.inburgering.platform.inbox.EventInbox;

/**
 * Stelseldiensten #11 (eindoordeel vrijstelling) and #12 (beslissing ontheffing) from DUO, each on this gemeente's
 * own topic ({@code <stelseldienst>.gemeente.<code>}, decision 0018).
 */
@Component
class BeslissingListener {

    private final EventInbox inbox;
    private final BeslissingOpnemenHandler opnemen;

    BeslissingListener(EventInbox inbox, BeslissingOpnemenHandler opnemen) {
        this.inbox = inbox;
        this.opnemen = opnemen;
    }

    @KafkaListener(topics = Topics.EINDOORDEEL_VRIJSTELLING)
    void vrijstelling(List<ConsumerRecord<String, byte[]>> records) {
        inbox.verwerkEenmalig(records, inbox.ontvanger().bij(VrijstellingBeoordeeld.class,
                event -> opnemen.handle(BeslissingMapper.vrijstelling(event.data()))));
    }

    @KafkaListener(topics = Topics.BESLISSING_ONTHEFFING)
    void ontheffing(List<ConsumerRecord<String, byte[]>> records) {
        inbox.verwerkEenmalig(records, inbox.ontvanger().bij(OntheffingBeslist.class,
                event -> opnemen.handle(BeslissingMapper.ontheffing(event.data()))));
    }
}
