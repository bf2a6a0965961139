package nl.inburgering.instelling.examen.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.inburgering.contracts.Topics;
import nl.inburgering.contracts.event.ExamenresultaatVastgesteld;
import nl.inburgering.instelling.examen.application.ExamenresultaatOpnemenHandler;
import nl.inburgering.platform.inbox.EventInbox;

/**
 * Stelseldienst #13 in: DUO's examenresultaten, on this service's own topics only
 * ({@code duo.examenresultaten.v1.instelling.<nummer>} for each of {@code keten.instellingen}, decision 0018).
 */
@Component
class ExamenresultatenListener {

    private final EventInbox inbox;
    private final ExamenresultaatOpnemenHandler opnemen;

    ExamenresultatenListener(EventInbox inbox, ExamenresultaatOpnemenHandler opnemen) {
        this.inbox = inbox;
        this.opnemen = opnemen;
    }

    @KafkaListener(topics = Topics.EXAMENRESULTATEN)
    void ontvang(List<ConsumerRecord<String, byte[]>> records) {
        inbox.verwerkEenmalig(records, inbox.ontvanger().bij(ExamenresultaatVastgesteld.class,
                event -> opnemen.handle(ExamenresultaatMapper.opnemen(event.data()))));
    }
}
