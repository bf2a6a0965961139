package nl.inburgering.gemeente.examenresultaat.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.inburgering.contracts.Topics;
import nl.inburgering.contracts.event.ExamenresultaatVastgesteld;
import nl.inburgering.gemeente.examenresultaat.application.ExamenresultaatOpnemenHandler;
import nl.inburgering.platform.inbox.EventInbox;

/** #13 from DUO, on this gemeente's own topic ({@code duo.examenresultaten.v1.gemeente.<code>}, decision 0018). */
@Component
class ExamenresultaatListener {

    private final EventInbox inbox;
    private final ExamenresultaatOpnemenHandler opnemen;

    ExamenresultaatListener(EventInbox inbox, ExamenresultaatOpnemenHandler opnemen) {
        this.inbox = inbox;
        this.opnemen = opnemen;
    }

    @KafkaListener(topics = Topics.EXAMENRESULTATEN)
    void ontvang(List<ConsumerRecord<String, byte[]>> records) {
        inbox.verwerkEenmalig(records, inbox.ontvanger().bij(ExamenresultaatVastgesteld.class,
                event -> opnemen.handle(ExamenresultaatMapper.opnemen(event.data()))));
    }
}
