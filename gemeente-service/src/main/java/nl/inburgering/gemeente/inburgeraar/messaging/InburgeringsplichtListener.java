package nl.inburgering.gemeente.inburgeraar.messaging;

import java.time.Clock;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.inburgering.contracts.event.InburgeringsplichtVastgesteld;
import nl.inburgering.gemeente.inburgeraar.persistence.InburgeraarEntity;
import nl.inburgering.gemeente.inburgeraar.persistence.InburgeraarRepository;
import nl.inburgering.platform.events.Eventvalidatie;
import nl.inburgering.platform.inbox.EventInbox;
import nl.inburgering.platform.logboek.Logboek;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;

/** Stelseldienst #3 in: DUO tells the gemeente that a person is inburgeringsplichtig. */
@Component
class InburgeringsplichtListener {

    static final Verwerkingsactiviteit ONTVANGEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/gemeente/inburgeringsplicht-ontvangen", "Vastgestelde inburgeringsplicht van DUO opnemen");

    private final EventInbox inbox;
    private final InburgeraarRepository inburgeraars;
    private final Logboek logboek;
    private final Clock clock;

    InburgeringsplichtListener(EventInbox inbox, InburgeraarRepository inburgeraars, Logboek logboek, Clock clock) {
        this.logboek = logboek;
        this.inbox = inbox;
        this.inburgeraars = inburgeraars;
        this.clock = clock;
    }

    @KafkaListener(topics = "#{T(nl.inburgering.contracts.TopicCatalogue).INBURGERINGSPLICHT.name()}")
    void ontvang(ConsumerRecord<String, byte[]> record) {
        inbox.ontvang(record, InburgeringsplichtVastgesteld.class, event -> vastgesteld(event.data()));
    }

    private void vastgesteld(InburgeringsplichtVastgesteld plicht) {
        Eventvalidatie.bsn(plicht.getBsn(), "Inburgeringsplicht vastgesteld");
        Eventvalidatie.gemeentecode(plicht.getGemeentecode(), "Inburgeringsplicht vastgesteld");
        logboek.leg(ONTVANGEN, plicht.getBsn());
        inburgeraars.save(new InburgeraarEntity(plicht.getBsn(), plicht.getGemeentecode(), plicht.getGeboortedatum(),
                plicht.getDoelgroep().name(), plicht.getGedetailleerdeDoelgroep().name(), plicht.getBegindatum(),
                plicht.getDatumVaststelling(), plicht.getLeerbaarheidstoetsKlaargezet(), clock.instant()));
    }
}
