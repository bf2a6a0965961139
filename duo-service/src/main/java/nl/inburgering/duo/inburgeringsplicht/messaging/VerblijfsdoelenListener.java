package nl.inburgering.duo.inburgeringsplicht.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.inburgering.contracts.event.VerblijfsdoelDoorgegeven;
import nl.inburgering.duo.inburgeringsplicht.application.InburgeringsplichtVaststellen;
import nl.inburgering.duo.inburgeringsplicht.application.InburgeringsplichtVaststellenHandler;
import nl.inburgering.duo.inburgeringsplicht.domain.Verblijfsdoel;
import nl.inburgering.duo.inburgeringsplicht.domain.Verblijfsgegevens;
import nl.inburgering.platform.events.Eventvalidatie;
import nl.inburgering.platform.events.InvalidEventException;
import nl.inburgering.platform.inbox.EventInbox;

/** Stelseldienst #1 in: IND's Verblijfsdoelen start the vaststelling of the inburgeringsplicht. */
@Component
class VerblijfsdoelenListener {

    private final EventInbox inbox;
    private final InburgeringsplichtVaststellenHandler handler;

    VerblijfsdoelenListener(EventInbox inbox, InburgeringsplichtVaststellenHandler handler) {
        this.inbox = inbox;
        this.handler = handler;
    }

    @KafkaListener(topics = "#{T(nl.inburgering.contracts.TopicCatalogue).VERBLIJFSDOELEN.name()}")
    void ontvang(ConsumerRecord<String, byte[]> record) {
        inbox.ontvang(record, VerblijfsdoelDoorgegeven.class, event -> handler.handle(alsCommand(event.data())));
    }

    static InburgeringsplichtVaststellen alsCommand(VerblijfsdoelDoorgegeven v) {
        if (v.getVerblijfsdoel() == nl.inburgering.contracts.common.Verblijfsdoel.ONBEKEND) {
            throw new InvalidEventException("Verblijfsdoelen met een onbekend verblijfsdoel");
        }
        return new InburgeringsplichtVaststellen(Eventvalidatie.bsn(v.getBsn(), "Verblijfsdoelen"), v.getVNummer(),
                Eventvalidatie.gemeentecode(v.getGemeentecodeInschrijving(), "Verblijfsdoelen"),
                new Verblijfsgegevens(Verblijfsdoel.valueOf(v.getVerblijfsdoel().name()),
                        v.getReferentIsAsielstatushouder(), v.getNationaliteit(), v.getGeboortedatum(),
                        v.getIngangsdatumVerblijfsrecht(), v.getDatumInschrijving()));
    }
}
