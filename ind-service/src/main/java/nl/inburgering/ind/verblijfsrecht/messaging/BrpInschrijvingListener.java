package nl.inburgering.ind.verblijfsrecht.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.inburgering.contracts.event.IngezeteneIngeschreven;
import nl.inburgering.ind.verblijfsrecht.application.BrpInschrijvingVerwerken;
import nl.inburgering.ind.verblijfsrecht.domain.BrpInschrijving;
import nl.inburgering.platform.events.Eventvalidatie;
import nl.inburgering.platform.inbox.EventInbox;

@Component
class BrpInschrijvingListener {

    private final EventInbox inbox;
    private final BrpInschrijvingVerwerken verwerken;

    BrpInschrijvingListener(EventInbox inbox, BrpInschrijvingVerwerken verwerken) {
        this.inbox = inbox;
        this.verwerken = verwerken;
    }

    @KafkaListener(topics = "#{T(nl.inburgering.contracts.TopicCatalogue).BRP_INSCHRIJVINGEN.name()}")
    void ontvang(ConsumerRecord<String, byte[]> record) {
        inbox.ontvang(record, IngezeteneIngeschreven.class, event -> {
            IngezeteneIngeschreven data = event.data();
            verwerken.handle(new BrpInschrijving(Eventvalidatie.bsn(data.getBsn(), "BRP-inschrijving"),
                    Eventvalidatie.gemeentecode(data.getGemeentecode(), "BRP-inschrijving"),
                    data.getDatumInschrijving()));
        });
    }
}
