package nl.inburgering.duo.dossier.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.contracts.common.RedenGeenInburgeringsplicht;
import nl.inburgering.duo.dossier.api.RedenNietPlichtig;
import nl.inburgering.duo.dossier.domain.InburgeringsplichtBeeindigd;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/** Stelseldienst #3 out: the plicht ended. */
@Component
class InburgeringsplichtBeeindigdVertaling implements
        UitgaandeVertaling<InburgeringsplichtBeeindigd, nl.inburgering.contracts.event.InburgeringsplichtBeeindigd> {

    @Override
    public nl.inburgering.contracts.event.InburgeringsplichtBeeindigd vertaal(InburgeringsplichtBeeindigd b) {
        return nl.inburgering.contracts.event.InburgeringsplichtBeeindigd.newBuilder()
                .setBsn(b.bsn().value())
                .setGemeentecode(b.gemeentecode())
                .setEinddatum(b.einddatum())
                .setRedenGeenInburgeringsplicht(reden(b.reden()))
                .setDatumVaststelling(b.datumVaststelling())
                .setOntvanger(InburgeringsplichtVastgesteldVertaling.ontvanger(b.ontvanger()))
                .build();
    }

    /** DUO's RedenGeenInburgeringsplicht; the reasons that never made anyone plichtig (and the AOW-leeftijd) are "Overig". */
    static RedenGeenInburgeringsplicht reden(RedenNietPlichtig reden) {
        return switch (reden) {
            case INBURGERINGSPLICHT_VOLDAAN -> RedenGeenInburgeringsplicht.INBURGERINGSPLICHT_VOLDAAN;
            case VOLLEDIGE_VRIJSTELLING -> RedenGeenInburgeringsplicht.VOLLEDIGE_VRIJSTELLING;
            case VOLLEDIGE_ONTHEFFING -> RedenGeenInburgeringsplicht.VOLLEDIGE_ONTHEFFING;
            case TIJDELIJKE_VRIJSTELLING -> RedenGeenInburgeringsplicht.TIJDELIJKE_VRIJSTELLING;
            case VERBLIJFSDOEL_GEWIJZIGD -> RedenGeenInburgeringsplicht.VERBLIJFSDOEL_GEWIJZIGD;
            case VERTREK_UIT_NEDERLAND_LANGER_DAN_EEN_JAAR ->
                RedenGeenInburgeringsplicht.VERTREK_UIT_NEDERLAND_LANGER_DAN_EEN_JAAR;
            case OVERLIJDEN -> RedenGeenInburgeringsplicht.OVERLIJDEN;
            case TIJDELIJK_VERBLIJFSDOEL, EU_EER_OF_ZWITSERSE_NATIONALITEIT, AOW_LEEFTIJD_BEREIKT, BEEINDIGD_OVERIG ->
                RedenGeenInburgeringsplicht.OVERIG;
        };
    }
}
