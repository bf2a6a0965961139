package nl.inburgering.gemeente.inburgeraar.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.inburgering.contracts.Topics;
import nl.inburgering.contracts.event.InburgeringsplichtVoldaan;
import nl.inburgering.gemeente.inburgeraar.application.EindeVanDePlichtHandler;
import nl.inburgering.platform.inbox.EventInbox;

/**
 * Stelseldienst #10 in: DUO's beschikking voldaan, on this gemeente's own topic
 * ({@code duo.beschikking-voldaan-inburgeringsplicht.v1.gemeente.<code>}, decision 0018).
 */
@Component
class BeschikkingVoldaanListener {

    private final EventInbox inbox;
    private final EindeVanDePlichtHandler einde;

    BeschikkingVoldaanListener(EventInbox inbox, EindeVanDePlichtHandler einde) {
        this.inbox = inbox;
        this.einde = einde;
    }

    @KafkaListener(topics = Topics.BESCHIKKING_VOLDAAN)
    void ontvang(List<ConsumerRecord<String, byte[]>> records) {
        inbox.verwerkEenmalig(records, inbox.ontvanger().bij(InburgeringsplichtVoldaan.class,
                event -> einde.handle(EindeVanDePlichtMapper.voldaan(event.data()))));
    }
}
