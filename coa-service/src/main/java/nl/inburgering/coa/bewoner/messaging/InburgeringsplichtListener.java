package nl.inburgering.coa.bewoner.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.inburgering.coa.bewoner.application.InburgeringsplichtOpnemenHandler;
import nl.inburgering.coa.bewoner.application.PlichtWijzigingOpnemenHandler;
import nl.inburgering.contracts.Topics;
import nl.inburgering.contracts.event.InburgeringsplichtBeeindigd;
import nl.inburgering.contracts.event.InburgeringsplichtGewijzigd;
import nl.inburgering.contracts.event.InburgeringsplichtVastgesteld;
import nl.inburgering.platform.inbox.EventInbox;

/**
 * Stelseldienst #3 in (vastgesteld, gewijzigd, beëindigd). DUO publishes every delivery of the plicht on one topic;
 * COA acts only on those meant for COA (an asielstatushouder in an AZC) and ignores those for a gemeente.
 */
@Component
class InburgeringsplichtListener {

    private final EventInbox inbox;
    private final InburgeringsplichtOpnemenHandler handler;
    private final PlichtWijzigingOpnemenHandler wijziging;

    InburgeringsplichtListener(EventInbox inbox, InburgeringsplichtOpnemenHandler handler,
            PlichtWijzigingOpnemenHandler wijziging) {
        this.inbox = inbox;
        this.handler = handler;
        this.wijziging = wijziging;
    }

    @KafkaListener(topics = Topics.INBURGERINGSPLICHT)
    void ontvang(List<ConsumerRecord<String, byte[]>> records) {
        inbox.verwerkEenmalig(records, inbox.ontvanger()
                .bij(InburgeringsplichtVastgesteld.class,
                        event -> InburgeringsplichtMapper.naarCommand(event.data()).ifPresent(handler::handle))
                .bij(InburgeringsplichtGewijzigd.class,
                        event -> InburgeringsplichtMapper.naarCommand(event.data()).ifPresent(wijziging::handle))
                .bij(InburgeringsplichtBeeindigd.class,
                        event -> InburgeringsplichtMapper.naarCommand(event.data()).ifPresent(wijziging::handle)));
    }
}
