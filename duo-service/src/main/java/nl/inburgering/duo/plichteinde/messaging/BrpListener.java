package nl.inburgering.duo.plichteinde.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.inburgering.contracts.Topics;
import nl.inburgering.contracts.event.IngezeteneIngeschreven;
import nl.inburgering.contracts.event.IngezeteneOverleden;
import nl.inburgering.contracts.event.IngezeteneVertrokkenNaarBuitenland;
import nl.inburgering.duo.plichteinde.application.InschrijvingVerwerken;
import nl.inburgering.duo.plichteinde.application.OverlijdenVerwerken;
import nl.inburgering.duo.plichteinde.application.OverlijdenVerwerkenHandler;
import nl.inburgering.duo.plichteinde.application.VertrekVerwerken;
import nl.inburgering.duo.plichteinde.application.VertrekVerwerkenHandler;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.inbox.EventInbox;

/** BRP vertrek naar het buitenland, the inschrijving (a return) and overlijden in (seed §13.3). */
@Component
class BrpListener {

    private final EventInbox inbox;
    private final VertrekVerwerkenHandler vertrek;
    private final OverlijdenVerwerkenHandler overlijden;

    BrpListener(EventInbox inbox, VertrekVerwerkenHandler vertrek, OverlijdenVerwerkenHandler overlijden) {
        this.inbox = inbox;
        this.vertrek = vertrek;
        this.overlijden = overlijden;
    }

    @KafkaListener(topics = Topics.BRP_VERTREK_BUITENLAND)
    void vertrokken(List<ConsumerRecord<String, byte[]>> records) {
        inbox.ontvang(records, IngezeteneVertrokkenNaarBuitenland.class, event -> {
            var data = event.data();
            vertrek.handle(new VertrekVerwerken(Bsn.of(data.getBsn()), data.getGemeentecode(), data.getDatumVertrek(),
                    data.getLandVanVertrek()));
        });
    }

    @KafkaListener(topics = Topics.BRP_INSCHRIJVINGEN)
    void ingeschreven(List<ConsumerRecord<String, byte[]>> records) {
        inbox.ontvang(records, IngezeteneIngeschreven.class, event -> {
            var data = event.data();
            vertrek.handle(new InschrijvingVerwerken(Bsn.of(data.getBsn()), data.getGemeentecode(),
                    data.getDatumInschrijving()));
        });
    }

    @KafkaListener(topics = Topics.BRP_OVERLIJDEN)
    void overleden(List<ConsumerRecord<String, byte[]>> records) {
        inbox.ontvang(records, IngezeteneOverleden.class, event -> {
            var data = event.data();
            overlijden.handle(new OverlijdenVerwerken(Bsn.of(data.getBsn()), data.getGemeentecode(),
                    data.getDatumOverlijden()));
        });
    }
}
