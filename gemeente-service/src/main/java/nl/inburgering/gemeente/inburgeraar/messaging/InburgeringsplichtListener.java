package nl.inburgering.gemeente.inburgeraar.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.inburgering.contracts.Topics;
import nl.inburgering.contracts.event.InburgeringsplichtVastgesteld;
import nl.inburgering.gemeente.inburgeraar.application.InburgeringsplichtOpnemenHandler;
import nl.inburgering.platform.inbox.EventInbox;

/**
 * Stelseldienst #3 in: DUO tells a gemeente that a person is inburgeringsplichtig. The same topic carries the
 * deliveries to COA (an asielstatushouder in an AZC); the gemeente ignores those.
 */
@Component
class InburgeringsplichtListener {

    private final EventInbox inbox;
    private final InburgeringsplichtOpnemenHandler opnemen;

    InburgeringsplichtListener(EventInbox inbox, InburgeringsplichtOpnemenHandler opnemen) {
        this.inbox = inbox;
        this.opnemen = opnemen;
    }

    @KafkaListener(topics = Topics.INBURGERINGSPLICHT)
    void ontvang(ConsumerRecord<String, byte[]> record) {
        inbox.ontvang(record, InburgeringsplichtVastgesteld.class,
                event -> InburgeringsplichtMapper.alsCommand(event.data()).ifPresent(opnemen::handle));
    }
}
