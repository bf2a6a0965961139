package nl.inburgering.gemeente.inburgeraar.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.inburgering.contracts.event.InburgeringsplichtVastgesteld;
import nl.inburgering.gemeente.inburgeraar.application.InburgeringsplichtOpnemen;
import nl.inburgering.gemeente.inburgeraar.application.InburgeringsplichtOpnemen.PlichtOntvangen;
import nl.inburgering.gemeente.inburgeraar.domain.PlichtOntvangst;
import nl.inburgering.platform.events.Eventvalidatie;
import nl.inburgering.platform.inbox.EventInbox;

/**
 * Stelseldienst #3 in: DUO tells a gemeente that a person is inburgeringsplichtig. The same topic carries the
 * deliveries to COA (an asielstatushouder in an AZC); the gemeente ignores those.
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
        inbox.ontvang(record, InburgeringsplichtVastgesteld.class, event -> vastgesteld(event.data()));
    }

    private void vastgesteld(InburgeringsplichtVastgesteld plicht) {
        String ontvanger = plicht.getOntvanger() == null ? "ONBEKEND" : plicht.getOntvanger().name();
        if (!PlichtOntvangst.isVoorGemeente(ontvanger)) {
            return; // for COA (or a receiver we do not know): tolerant reader, no validation of data we do not use
        }
        opnemen.handle(new PlichtOntvangen(ontvanger,
                Eventvalidatie.bsn(plicht.getBsn(), EVENT),
                Eventvalidatie.gemeentecode(plicht.getGemeentecode(), EVENT),
                plicht.getGeboortedatum(), plicht.getDoelgroep().name(), plicht.getGedetailleerdeDoelgroep().name(),
                plicht.getBegindatum(), plicht.getDatumVaststelling(), plicht.getLeerbaarheidstoetsKlaargezet()));
    }
}
