package nl.inburgering.gemeente.pip.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.inburgering.contracts.Topics;
import nl.inburgering.contracts.event.InburgeringstermijnGewijzigd;
import nl.inburgering.contracts.event.InburgeringstermijnVastgesteld;
import nl.inburgering.gemeente.pip.application.InburgeringstermijnOpnemenHandler;
import nl.inburgering.platform.inbox.EventInbox;

/** Stelseldienst #5 in: DUO's inburgeringstermijn, vastgesteld from the first PIP or changed later. */
@Component
class InburgeringstermijnListener {

    private final EventInbox inbox;
    private final InburgeringstermijnOpnemenHandler opnemen;

    InburgeringstermijnListener(EventInbox inbox, InburgeringstermijnOpnemenHandler opnemen) {
        this.inbox = inbox;
        this.opnemen = opnemen;
    }

    @KafkaListener(topics = Topics.INBURGERINGSTERMIJN)
    void ontvang(List<ConsumerRecord<String, byte[]>> records) {
        inbox.verwerkEenmalig(records, inbox.ontvanger()
                .bij(InburgeringstermijnVastgesteld.class,
                        event -> opnemen.handle(InburgeringstermijnMapper.vastgesteld(event.data())))
                .bij(InburgeringstermijnGewijzigd.class,
                        event -> opnemen.handle(InburgeringstermijnMapper.gewijzigd(event.data()))));
    }
}
