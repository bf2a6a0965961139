package nl.inburgering.duo.termijnbewaking.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.contracts.common.Signaleringsreden;
import nl.inburgering.contracts.event.InburgeringsplichtigeGesignaleerd;
import nl.inburgering.duo.termijnbewaking.api.Signalering;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/** Stelseldienst #7 out, whichever module signals. */
@Component
class SignaleringVertaling implements UitgaandeVertaling<Signalering, InburgeringsplichtigeGesignaleerd> {

    @Override
    public InburgeringsplichtigeGesignaleerd vertaal(Signalering s) {
        return InburgeringsplichtigeGesignaleerd.newBuilder()
                .setBsn(s.bsn().value()).setGemeentecode(s.gemeentecode())
                .setReden(reden(s.reden()))
                .setEinddatumInburgeringstermijn(s.einddatumInburgeringstermijn())
                .setDatumSignalering(s.datumSignalering())
                .setDatumAanvraagVerlenging(s.datumAanvraagVerlenging())
                .setUiterlijkeLeverdatum(s.uiterlijkeLeverdatum())
                .build();
    }

    static Signaleringsreden reden(Signalering.Reden reden) {
        return switch (reden) {
            case VIER_WEKEN_VOOR_EINDE_TERMIJN -> Signaleringsreden.VIER_WEKEN_VOOR_EINDE_TERMIJN;
            case VOORAANKONDIGING_BOETE -> Signaleringsreden.VOORAANKONDIGING_BOETE;
            case VIER_WEKEN_NA_EINDE_TERMIJN -> Signaleringsreden.VIER_WEKEN_NA_EINDE_TERMIJN;
            case AANVRAAG_VERLENGING_ONTVANGEN -> Signaleringsreden.AANVRAAG_VERLENGING_ONTVANGEN;
        };
    }
}
