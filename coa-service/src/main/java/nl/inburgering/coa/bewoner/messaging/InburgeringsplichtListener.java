package nl.inburgering.coa.bewoner.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.inburgering.coa.bewoner.application.InburgeringsplichtOpnemen;
import nl.inburgering.contracts.common.Ontvanger;
import nl.inburgering.contracts.event.InburgeringsplichtVastgesteld;
import nl.inburgering.platform.events.Eventvalidatie;
import nl.inburgering.platform.inbox.EventInbox;

/**
 * Stelseldienst #3 in. DUO publishes every delivery of the plicht on one topic; COA acts only on those meant for
 * COA (an asielstatushouder in an AZC) and ignores those for a gemeente.
 */
@Component
class InburgeringsplichtListener {

    private static final String EVENT = "Inburgeringsplicht vastgesteld";

    private final EventInbox inbox;
    private final InburgeringsplichtOpnemen opnemen;

    InburgeringsplichtListener(EventInbox inbox, InburgeringsplichtOpnemen opnemen) {
        this.inbox = inbox;
        this.opnemen = opnemen;
    }

    @KafkaListener(topics = "#{T(nl.inburgering.contracts.TopicCatalogue).INBURGERINGSPLICHT.name()}")
    void ontvang(ConsumerRecord<String, byte[]> record) {
        inbox.ontvang(record, InburgeringsplichtVastgesteld.class, event -> {
            InburgeringsplichtVastgesteld plicht = event.data();
            if (plicht.getOntvanger() != Ontvanger.COA) {
                return;
            }
            opnemen.handle(Eventvalidatie.bsn(plicht.getBsn(), EVENT),
                    Eventvalidatie.gemeentecode(plicht.getGemeentecode(), EVENT), plicht.getBegindatum(),
                    plicht.getDoelgroep().name(), plicht.getGedetailleerdeDoelgroep().name(),
                    plicht.getDatumVaststelling(), plicht.getGeboortedatum());
        });
    }
}
