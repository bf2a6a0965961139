package nl.inburgering.gemeente.pip.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.contracts.event.GevolgdeUrenGemeld;
import nl.inburgering.gemeente.pip.domain.GevolgdeUren;
import nl.inburgering.gemeente.pip.domain.GevolgdeUrenGemeldDoorGemeente;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/** #17 out: the stand of the hours as the contract's GevolgdeUrenGemeld. */
@Component
class GevolgdeUrenGemeldVertaling implements UitgaandeVertaling<GevolgdeUrenGemeldDoorGemeente, GevolgdeUrenGemeld> {

    @Override
    public GevolgdeUrenGemeld vertaal(GevolgdeUrenGemeldDoorGemeente event) {
        GevolgdeUren stand = event.uren();
        return GevolgdeUrenGemeld.newBuilder().setBsn(event.bsn().value()).setGemeentecode(event.gemeentecode())
                .setPeildatum(stand.peildatum()).setUrenTaallesEnKnmBredeIntake(stand.urenTaallesEnKnmBredeIntake())
                .setUrenParticipatieactiviteitenBredeIntake(stand.urenParticipatieactiviteitenBredeIntake())
                .setUrenParticipatieAlsTaalles(stand.urenParticipatieAlsTaalles())
                .setUrenParticipatieZroute(stand.urenParticipatieZroute())
                .setActualisatiemoment(PipContractVertaling.actualisatiemoment(stand.actualisatiemoment())).build();
    }
}
