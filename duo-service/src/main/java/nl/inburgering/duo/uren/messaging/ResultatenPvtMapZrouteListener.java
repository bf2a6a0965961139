package nl.inburgering.duo.uren.messaging;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import nl.inburgering.contracts.event.GevolgdeUrenGemeld;
import nl.inburgering.duo.uren.application.GevolgdeUrenVastleggen;
import nl.inburgering.duo.uren.application.GevolgdeUrenVastleggenHandler;
import nl.inburgering.duo.uren.application.Urenregistratie;
import nl.inburgering.duo.uren.domain.UrenPolicy;
import nl.inburgering.duo.uren.domain.Urensoort;
import nl.inburgering.platform.events.Eventvalidatie;
import nl.inburgering.platform.events.InvalidEventException;
import nl.inburgering.platform.inbox.EventInbox;

/**
 * Stelseldienst #17 from the gemeenten, the one listener of duo-service on this topic. Today only
 * GevolgdeUrenGemeld; the PVT, MAP and Z-route results join this dispatch table when their process is built
 * (until then the inbox skips them as types this service does not use).
 */
@Component
class ResultatenPvtMapZrouteListener {

    private static final Logger log = LoggerFactory.getLogger(ResultatenPvtMapZrouteListener.class);
    private static final String EVENT = "GevolgdeUrenGemeld";

    private final EventInbox inbox;
    private final GevolgdeUrenVastleggenHandler uren;

    ResultatenPvtMapZrouteListener(EventInbox inbox, GevolgdeUrenVastleggenHandler uren) {
        this.inbox = inbox;
        this.uren = uren;
    }

    @KafkaListener(topics = "#{T(nl.inburgering.contracts.TopicCatalogue).RESULTATEN_PVT_MAP_ZROUTE.name()}")
    void ontvangen(ConsumerRecord<String, byte[]> record) {
        inbox.verwerkEenmalig(record, inbox.ontvanger()
                .bij(GevolgdeUrenGemeld.class, event -> urenGemeld(event.data())));
    }

    private void urenGemeld(GevolgdeUrenGemeld gemeld) {
        Urenregistratie registratie = uren.handle(valideer(gemeld));
        if (!(registratie instanceof Urenregistratie.Geregistreerd)) {
            // A valid report DUO does not take (unknown person, older stand, participatie of a non-asielstatushouder)
            // is a business outcome, not an invalid event.
            log.info("Gevolgde uren niet vastgelegd: {}", registratie);
        }
    }

    static GevolgdeUrenVastleggen valideer(GevolgdeUrenGemeld gemeld) {
        String bsn = Eventvalidatie.bsn(gemeld.getBsn(), EVENT);
        String gemeentecode = Eventvalidatie.gemeentecode(gemeld.getGemeentecode(), EVENT);
        if (gemeld.getPeildatum() == null) {
            throw new InvalidEventException(EVENT + " zonder peildatum");
        }
        Map<Urensoort, Integer> stand = new LinkedHashMap<>();
        stand.put(Urensoort.TAALLES_EN_KNM_BREDE_INTAKE, gemeld.getUrenTaallesEnKnmBredeIntake());
        stand.put(Urensoort.PARTICIPATIEACTIVITEITEN_BREDE_INTAKE, gemeld.getUrenParticipatieactiviteitenBredeIntake());
        stand.put(Urensoort.PARTICIPATIE_ALS_TAALLES, gemeld.getUrenParticipatieAlsTaalles());
        stand.put(Urensoort.PARTICIPATIE_ZROUTE, gemeld.getUrenParticipatieZroute());
        stand.forEach((soort, aantal) -> {
            if (aantal < 0 || aantal > UrenPolicy.MAXIMUM) {
                throw new InvalidEventException(EVENT + " met een aantal uren " + soort + " buiten 0 tot en met "
                        + UrenPolicy.MAXIMUM);
            }
        });
        return new GevolgdeUrenVastleggen(bsn, gemeentecode, gemeld.getPeildatum(), stand,
                gemeld.getActualisatiemoment() == null ? null : gemeld.getActualisatiemoment().name());
    }
}
