package nl.inburgering.coa.bewoner.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.inburgering.coa.bewoner.application.InschrijvingInGemeenteVerwerkenHandler;
import nl.inburgering.contracts.Topics;
import nl.inburgering.contracts.event.IngezeteneIngeschreven;
import nl.inburgering.contracts.event.IngezeteneOverleden;
import nl.inburgering.coa.bewoner.application.OverlijdenVerwerken;
import nl.inburgering.coa.bewoner.application.OverlijdenVerwerkenHandler;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.events.Eventvalidatie;
import nl.inburgering.contracts.event.IngezeteneVerhuisd;
import nl.inburgering.platform.inbox.EventInbox;

/**
 * BRP-bijhouding in: an inschrijving or verhuizing may end a bewoner's stay at COA (uitstroom); an overlijden marks
 * the bewoner.
 */
@Component
class BrpListener {

    private final EventInbox inbox;
    private final InschrijvingInGemeenteVerwerkenHandler handler;
    private final OverlijdenVerwerkenHandler overlijden;

    BrpListener(EventInbox inbox, InschrijvingInGemeenteVerwerkenHandler handler,
            OverlijdenVerwerkenHandler overlijden) {
        this.inbox = inbox;
        this.handler = handler;
        this.overlijden = overlijden;
    }

    @KafkaListener(topics = Topics.BRP_OVERLIJDEN)
    void overleden(List<ConsumerRecord<String, byte[]>> records) {
        inbox.ontvang(records, IngezeteneOverleden.class, event -> overlijden.handle(new OverlijdenVerwerken(
                Bsn.of(Eventvalidatie.bsn(event.data().getBsn(), "Ingezetene overleden")),
                event.data().getDatumOverlijden())));
    }

    @KafkaListener(topics = Topics.BRP_VERHUIZINGEN)
    void verhuisd(List<ConsumerRecord<String, byte[]>> records) {
        inbox.ontvang(records, IngezeteneVerhuisd.class, event -> handler.handle(BrpMapper.naarCommand(event.data())));
    }

    @KafkaListener(topics = Topics.BRP_INSCHRIJVINGEN)
    void ingeschreven(List<ConsumerRecord<String, byte[]>> records) {
        inbox.ontvang(records, IngezeteneIngeschreven.class,
                event -> handler.handle(BrpMapper.naarCommand(event.data())));
    }
}
