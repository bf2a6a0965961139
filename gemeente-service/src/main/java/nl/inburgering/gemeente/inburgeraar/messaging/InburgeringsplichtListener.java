package nl.inburgering.gemeente.inburgeraar.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.inburgering.contracts.Topics;
import nl.inburgering.contracts.event.InburgeringsplichtBeeindigd;
import nl.inburgering.contracts.event.InburgeringsplichtGewijzigd;
import nl.inburgering.contracts.event.InburgeringsplichtVastgesteld;
import nl.inburgering.gemeente.inburgeraar.application.EindeVanDePlichtHandler;
import nl.inburgering.gemeente.inburgeraar.application.InburgeringsplichtOpnemenHandler;
import nl.inburgering.gemeente.inburgeraar.application.InburgeringsplichtWijzigenHandler;
import nl.inburgering.platform.inbox.EventInbox;

/**
 * Stelseldienst #3 in: DUO tells a gemeente that a person is inburgeringsplichtig, that his plicht changed (the full
 * current state, issue 15), or that his plicht ended
 * (beëindigd, with its reden; he leaves the active werkvoorraad). The same topic carries the deliveries to COA (an
 * asielstatushouder in an AZC); the gemeente ignores those.
 */
@Component
class InburgeringsplichtListener {

    private final EventInbox inbox;
    private final InburgeringsplichtOpnemenHandler opnemen;
    private final EindeVanDePlichtHandler einde;
    private final InburgeringsplichtWijzigenHandler wijzigen;

    InburgeringsplichtListener(EventInbox inbox, InburgeringsplichtOpnemenHandler opnemen,
            EindeVanDePlichtHandler einde, InburgeringsplichtWijzigenHandler wijzigen) {
        this.inbox = inbox;
        this.opnemen = opnemen;
        this.einde = einde;
        this.wijzigen = wijzigen;
    }

    @KafkaListener(topics = Topics.INBURGERINGSPLICHT)
    void ontvang(List<ConsumerRecord<String, byte[]>> records) {
        inbox.verwerkEenmalig(records, inbox.ontvanger()
                .bij(InburgeringsplichtVastgesteld.class,
                        event -> InburgeringsplichtMapper.alsCommand(event.data()).ifPresent(opnemen::handle))
                .bij(InburgeringsplichtGewijzigd.class,
                        event -> InburgeringsplichtMapper.alsCommand(event.data()).ifPresent(wijzigen::handle))
                .bij(InburgeringsplichtBeeindigd.class,
                        event -> einde.handle(EindeVanDePlichtMapper.beeindigd(event.data()))));
    }
}
