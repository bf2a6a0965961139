package nl.inburgering.coa.bewoner.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.inburgering.coa.bewoner.application.InschrijvingInGemeenteVerwerkenHandler;
import nl.inburgering.contracts.Topics;
import nl.inburgering.contracts.event.IngezeteneIngeschreven;
import nl.inburgering.contracts.event.IngezeteneVerhuisd;
import nl.inburgering.platform.inbox.EventInbox;

/** BRP-bijhouding in: an inschrijving or verhuizing may end a bewoner's stay at COA (uitstroom). */
@Component
class BrpListener {

    private final EventInbox inbox;
    private final InschrijvingInGemeenteVerwerkenHandler handler;

    BrpListener(EventInbox inbox, InschrijvingInGemeenteVerwerkenHandler handler) {
        this.inbox = inbox;
        this.handler = handler;
    }

    @KafkaListener(topics = Topics.BRP_VERHUIZINGEN)
    void verhuisd(ConsumerRecord<String, byte[]> record) {
        inbox.ontvang(record, IngezeteneVerhuisd.class, event -> handler.handle(BrpMapper.naarCommand(event.data())));
    }

    @KafkaListener(topics = Topics.BRP_INSCHRIJVINGEN)
    void ingeschreven(ConsumerRecord<String, byte[]> record) {
        inbox.ontvang(record, IngezeteneIngeschreven.class,
                event -> handler.handle(BrpMapper.naarCommand(event.data())));
    }
}
