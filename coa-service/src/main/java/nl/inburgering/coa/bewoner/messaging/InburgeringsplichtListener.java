package nl.inburgering.coa.bewoner.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.inburgering.coa.bewoner.application.InburgeringsplichtOpnemenHandler;
import nl.inburgering.contracts.Topics;
import nl.inburgering.contracts.event.InburgeringsplichtVastgesteld;
import nl.inburgering.platform.inbox.EventInbox;

/**
 * Stelseldienst #3 in. DUO publishes every delivery of the plicht on one topic; COA acts only on those meant for
 * COA (an asielstatushouder in an AZC) and ignores those for a gemeente.
 */
@Component
class InburgeringsplichtListener {

    private final EventInbox inbox;
    private final InburgeringsplichtOpnemenHandler handler;

    InburgeringsplichtListener(EventInbox inbox, InburgeringsplichtOpnemenHandler handler) {
        this.inbox = inbox;
        this.handler = handler;
    }

    @KafkaListener(topics = Topics.INBURGERINGSPLICHT)
    void ontvang(ConsumerRecord<String, byte[]> record) {
        inbox.ontvang(record, InburgeringsplichtVastgesteld.class,
                event -> InburgeringsplichtMapper.naarCommand(event.data()).ifPresent(handler::handle));
    }
}
