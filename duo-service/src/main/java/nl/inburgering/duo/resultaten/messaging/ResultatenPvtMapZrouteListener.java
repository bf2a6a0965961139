package nl.inburgering.duo.resultaten.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.inburgering.contracts.Topics;
import nl.inburgering.contracts.event.GevolgdeUrenGemeld;
import nl.inburgering.contracts.event.MapResultaatVastgesteld;
import nl.inburgering.contracts.event.PvtResultaatVastgesteld;
import nl.inburgering.contracts.event.ZrouteOnderdeelAfgerond;
import nl.inburgering.duo.resultaten.application.ResultaatVastleggen;
import nl.inburgering.duo.resultaten.application.ResultaatVastleggenHandler;
import nl.inburgering.duo.resultaten.application.Resultaatregistratie;
import nl.inburgering.duo.uren.messaging.GevolgdeUrenOntvanger;
import nl.inburgering.platform.inbox.EventInbox;

/**
 * Stelseldienst #17 from the gemeenten, the one listener of duo-service on this topic: PVT, MAP and Z-route results
 * here, GevolgdeUrenGemeld to the uren feature. A mapper per event turns it into the command; an unreadable one
 * goes to the dead-letter topic with its reason. A result DUO refuses is a business outcome: the handler keeps the
 * refusal with its reasons and answers the gemeente on REGISTRATIE_RESULTATEN_PVT_MAP_ZROUTE.
 */
@Component
class ResultatenPvtMapZrouteListener {

    private static final Logger log = LoggerFactory.getLogger(ResultatenPvtMapZrouteListener.class);

    private final EventInbox inbox;
    private final ResultaatVastleggenHandler resultaten;
    private final GevolgdeUrenOntvanger uren;

    ResultatenPvtMapZrouteListener(EventInbox inbox, ResultaatVastleggenHandler resultaten,
            GevolgdeUrenOntvanger uren) {
        this.inbox = inbox;
        this.resultaten = resultaten;
        this.uren = uren;
    }

    @KafkaListener(topics = Topics.RESULTATEN_PVT_MAP_ZROUTE)
    void ontvangen(List<ConsumerRecord<String, byte[]>> records) {
        inbox.verwerkEenmalig(records, inbox.ontvanger()
                .bij(PvtResultaatVastgesteld.class, e -> leg(ResultaatMappers.alsCommand(e.data())))
                .bij(MapResultaatVastgesteld.class, e -> leg(ResultaatMappers.alsCommand(e.data())))
                .bij(ZrouteOnderdeelAfgerond.class, e -> leg(ResultaatMappers.alsCommand(e.data())))
                .bij(GevolgdeUrenGemeld.class, e -> uren.ontvang(e.data())));
    }

    private void leg(ResultaatVastleggen command) {
        Resultaatregistratie registratie = resultaten.handle(command);
        if (registratie instanceof Resultaatregistratie.Afgewezen afgewezen) {
            log.info("Resultaat {} van gemeente {} afgewezen: {}", command.resultaat().onderdeel(),
                    command.gemeentecode(), afgewezen.overtredingen().stream().map(o -> o.code()).toList());
        } else if (registratie instanceof Resultaatregistratie.OnbekendePersoon) {
            log.info("Resultaat {} van gemeente {} niet verwerkt: DUO kent de persoon niet",
                    command.resultaat().onderdeel(), command.gemeentecode());
        }
    }
}
