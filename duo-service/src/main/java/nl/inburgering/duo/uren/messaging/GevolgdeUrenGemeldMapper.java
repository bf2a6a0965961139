package nl.inburgering.duo.uren.messaging;

import java.util.LinkedHashMap;
import java.util.Map;

import nl.inburgering.contracts.event.GevolgdeUrenGemeld;
import nl.inburgering.duo.uren.application.GevolgdeUrenVastleggen;
import nl.inburgering.duo.uren.domain.UrenPolicy;
import nl.inburgering.duo.uren.domain.Urensoort;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.events.Eventvalidatie;
import nl.inburgering.platform.events.InvalidEventException;

/** #17 GevolgdeUrenGemeld, read and checked once, as the command of the use case. */
final class GevolgdeUrenGemeldMapper {

    private static final String EVENT = "GevolgdeUrenGemeld";

    private GevolgdeUrenGemeldMapper() {
    }

    static GevolgdeUrenVastleggen alsCommand(GevolgdeUrenGemeld gemeld) {
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
        return new GevolgdeUrenVastleggen(Bsn.of(bsn), gemeentecode, gemeld.getPeildatum(), stand,
                gemeld.getActualisatiemoment() == null ? null : gemeld.getActualisatiemoment().name());
    }
}
