package nl.inburgering.duo.handhaving.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.contracts.common.AanvraagOordeel;
import nl.inburgering.duo.handhaving.domain.AanvraagVerlengingBeoordeeld;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/** Stelseldienst #9 out. */
@Component
class AanvraagVerlengingBeoordeeldVertaling implements UitgaandeVertaling<AanvraagVerlengingBeoordeeld,
        nl.inburgering.contracts.event.AanvraagVerlengingBeoordeeld> {

    @Override
    public nl.inburgering.contracts.event.AanvraagVerlengingBeoordeeld vertaal(AanvraagVerlengingBeoordeeld a) {
        return nl.inburgering.contracts.event.AanvraagVerlengingBeoordeeld.newBuilder()
                .setBsn(a.bsn().value()).setGemeentecode(a.gemeentecode())
                .setOordeel(switch (a.oordeel()) {
                    case TOEKENNING -> AanvraagOordeel.TOEKENNING;
                    case AFWIJZING -> AanvraagOordeel.AFWIJZING;
                })
                .setDatumAanvraag(a.datumAanvraag()).setDatumBeschikking(a.datumBeschikking())
                .setVerlengingsgrondcode(a.verlengingsgrondcode())
                .setVerlengingsgrondomschrijving(a.verlengingsgrondomschrijving())
                .setNieuweEinddatumInburgeringstermijn(a.nieuweEinddatumInburgeringstermijn())
                .build();
    }
}
