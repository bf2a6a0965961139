package nl.inburgering.ind.voldaan.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.inburgering.contracts.Topics;
import nl.inburgering.contracts.event.InburgeringsplichtVoldaan;
import nl.inburgering.ind.voldaan.application.BeschikkingVoldaanOpnemen;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.events.Eventvalidatie;
import nl.inburgering.platform.inbox.EventInbox;

/** Stelseldienst #10 in, on IND's own topic ({@code ...v1.ind}, decision 0018). */
@Component
class BeschikkingVoldaanListener {

    private static final String EVENT = "Beschikking voldaan";

    private final EventInbox inbox;
    private final BeschikkingVoldaanOpnemen handler;

    BeschikkingVoldaanListener(EventInbox inbox, BeschikkingVoldaanOpnemen handler) {
        this.inbox = inbox;
        this.handler = handler;
    }

    @KafkaListener(topics = Topics.BESCHIKKING_VOLDAAN)
    void ontvang(List<ConsumerRecord<String, byte[]>> records) {
        inbox.ontvang(records, InburgeringsplichtVoldaan.class, event -> {
            InburgeringsplichtVoldaan data = event.data();
            handler.handle(Bsn.of(Eventvalidatie.bsn(data.getBsn(), EVENT)), BeschikkingVoldaanMapper.beschikking(data));
        });
    }
}
