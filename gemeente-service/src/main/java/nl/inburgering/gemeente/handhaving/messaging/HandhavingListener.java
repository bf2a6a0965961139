package nl.inburgering.gemeente.handhaving.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.inburgering.contracts.Topics;
import nl.inburgering.contracts.event.AanvraagVerlengingBeoordeeld;
import nl.inburgering.contracts.event.BoeteOpgelegd;
import nl.inburgering.contracts.event.InburgeringsplichtigeGesignaleerd;
import nl.inburgering.gemeente.handhaving.application.HandhavingOpnemenHandler;
import nl.inburgering.platform.inbox.EventInbox;

/**
 * Stelseldiensten #7, #8 and #9 from DUO, each on this gemeente's own topic ({@code <stelseldienst>.gemeente.<code>},
 * decision 0018).
 */
@Component
class HandhavingListener {

    private final EventInbox inbox;
    private final HandhavingOpnemenHandler opnemen;

    HandhavingListener(EventInbox inbox, HandhavingOpnemenHandler opnemen) {
        this.inbox = inbox;
        this.opnemen = opnemen;
    }

    @KafkaListener(topics = Topics.NOTIFICATIE_OM_REDEN)
    void signalering(List<ConsumerRecord<String, byte[]>> records) {
        inbox.verwerkEenmalig(records, inbox.ontvanger().bij(InburgeringsplichtigeGesignaleerd.class,
                event -> opnemen.handle(HandhavingMapper.gesignaleerd(event.data()))));
    }

    @KafkaListener(topics = Topics.OPGELEGDE_BOETE)
    void boete(List<ConsumerRecord<String, byte[]>> records) {
        inbox.verwerkEenmalig(records, inbox.ontvanger().bij(BoeteOpgelegd.class,
                event -> opnemen.handle(HandhavingMapper.boete(event.data()))));
    }

    @KafkaListener(topics = Topics.BEOORDELING_AANVRAAG_VERLENGING)
    void beoordeling(List<ConsumerRecord<String, byte[]>> records) {
        inbox.verwerkEenmalig(records, inbox.ontvanger().bij(AanvraagVerlengingBeoordeeld.class,
                event -> opnemen.handle(HandhavingMapper.beoordeeld(event.data()))));
    }
}
