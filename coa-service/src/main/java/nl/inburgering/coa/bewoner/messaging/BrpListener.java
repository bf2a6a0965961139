package nl.inburgering.coa.bewoner.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.inburgering.coa.bewoner.application.InschrijvingInGemeenteVerwerken;
import nl.inburgering.contracts.event.IngezeteneIngeschreven;
import nl.inburgering.contracts.event.IngezeteneVerhuisd;
import nl.inburgering.platform.events.Eventvalidatie;
import nl.inburgering.platform.inbox.EventInbox;

/** BRP-bijhouding in: an inschrijving or verhuizing may end a bewoner's stay at COA (uitstroom). */
@Component
class BrpListener {

    private final EventInbox inbox;
    private final InschrijvingInGemeenteVerwerken verwerken;

    BrpListener(EventInbox inbox, InschrijvingInGemeenteVerwerken verwerken) {
        this.inbox = inbox;
        this.verwerken = verwerken;
    }

    @KafkaListener(topics = "#{T(nl.inburgering.contracts.TopicCatalogue).BRP_VERHUIZINGEN.name()}")
    void verhuisd(ConsumerRecord<String, byte[]> record) {
        inbox.ontvang(record, IngezeteneVerhuisd.class, event -> {
            IngezeteneVerhuisd verhuizing = event.data();
            verwerken.handle(Eventvalidatie.bsn(verhuizing.getBsn(), "BRP-verhuizing"),
                    Eventvalidatie.gemeentecode(verhuizing.getGemeentecodeNieuw(), "BRP-verhuizing"),
                    verhuizing.getDatumVerhuizing());
        });
    }

    @KafkaListener(topics = "#{T(nl.inburgering.contracts.TopicCatalogue).BRP_INSCHRIJVINGEN.name()}")
    void ingeschreven(ConsumerRecord<String, byte[]> record) {
        inbox.ontvang(record, IngezeteneIngeschreven.class, event -> {
            IngezeteneIngeschreven inschrijving = event.data();
            verwerken.handle(Eventvalidatie.bsn(inschrijving.getBsn(), "BRP-inschrijving"),
                    Eventvalidatie.gemeentecode(inschrijving.getGemeentecode(), "BRP-inschrijving"),
                    inschrijving.getDatumInschrijving());
        });
    }
}
