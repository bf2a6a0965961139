package nl.inburgering.duo.uren.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.inburgering.contracts.Topics;
import nl.inburgering.contracts.event.GevolgdeUrenGemeld;
import nl.inburgering.duo.uren.application.GevolgdeUrenVastleggenHandler;
import nl.inburgering.duo.uren.application.Urenregistratie;
import nl.inburgering.platform.inbox.EventInbox;

/**
 * Stelseldienst #17 from the gemeenten, the one listener of duo-service on this topic. Today only
 * GevolgdeUrenGemeld; the PVT, MAP and Z-route results join this dispatch table when their process is built
 * (until then the inbox skips them as types this service does not use).
 */
@Component
class ResultatenPvtMapZrouteListener {

    private static final Logger log = LoggerFactory.getLogger(ResultatenPvtMapZrouteListener.class);

    private final EventInbox inbox;
    private final GevolgdeUrenVastleggenHandler uren;

    ResultatenPvtMapZrouteListener(EventInbox inbox, GevolgdeUrenVastleggenHandler uren) {
        this.inbox = inbox;
        this.uren = uren;
    }

    @KafkaListener(topics = Topics.RESULTATEN_PVT_MAP_ZROUTE)
    void ontvangen(ConsumerRecord<String, byte[]> record) {
        inbox.verwerkEenmalig(record, inbox.ontvanger()
                .bij(GevolgdeUrenGemeld.class, event -> urenGemeld(event.data())));
    }

    private void urenGemeld(GevolgdeUrenGemeld gemeld) {
        Urenregistratie registratie = uren.handle(GevolgdeUrenGemeldMapper.alsCommand(gemeld));
        if (!(registratie instanceof Urenregistratie.Geregistreerd)) {
            // A valid report DUO does not take (unknown person, older stand, participatie of a non-asielstatushouder)
            // is a business outcome, not an invalid event.
            log.info("Gevolgde uren niet vastgelegd: {}", registratie);
        }
    }
}
