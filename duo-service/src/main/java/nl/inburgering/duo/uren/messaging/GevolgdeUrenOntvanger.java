package nl.inburgering.duo.uren.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import nl.inburgering.contracts.event.GevolgdeUrenGemeld;
import nl.inburgering.duo.uren.application.GevolgdeUrenVastleggenHandler;
import nl.inburgering.duo.uren.application.Urenregistratie;

/**
 * #17 GevolgdeUrenGemeld as the uren feature takes it. The one listener of the topic is the resultaten module's
 * (one listener per topic, decision 0020); it hands this event type here, in the inbox transaction.
 */
@Component
public class GevolgdeUrenOntvanger {

    private static final Logger log = LoggerFactory.getLogger(GevolgdeUrenOntvanger.class);

    private final GevolgdeUrenVastleggenHandler uren;

    GevolgdeUrenOntvanger(GevolgdeUrenVastleggenHandler uren) {
        this.uren = uren;
    }

    public void ontvang(GevolgdeUrenGemeld gemeld) {
        Urenregistratie registratie = uren.handle(GevolgdeUrenGemeldMapper.alsCommand(gemeld));
        if (!(registratie instanceof Urenregistratie.Geregistreerd)) {
            // A valid report DUO does not take (unknown person, older stand, participatie of a non-asielstatushouder)
            // is a business outcome, not an invalid event.
            log.info("Gevolgde uren niet vastgelegd: {}", registratie);
        }
    }
}
