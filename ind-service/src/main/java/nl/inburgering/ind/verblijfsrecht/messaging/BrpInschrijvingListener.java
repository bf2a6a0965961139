package nl.inburgering.ind.verblijfsrecht.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.inburgering.contracts.Topics;
import nl.inburgering.contracts.event.IngezeteneIngeschreven;
import nl.inburgering.ind.verblijfsrecht.application.BrpInschrijvingVerwerkenHandler;
import nl.inburgering.platform.inbox.EventInbox;

@Component
class BrpInschrijvingListener {

    private final EventInbox inbox;
    private final BrpInschrijvingVerwerkenHandler handler;

    BrpInschrijvingListener(EventInbox inbox, BrpInschrijvingVerwerkenHandler handler) {
        this.inbox = inbox;
        this.handler = handler;
    }

    @KafkaListener(topics = Topics.BRP_INSCHRIJVINGEN)
    void ontvang(List<ConsumerRecord<String, byte[]>> records) {
        inbox.ontvang(records, IngezeteneIngeschreven.class,
                event -> handler.handle(BrpInschrijvingMapper.naarCommand(event.data())));
    }
}
