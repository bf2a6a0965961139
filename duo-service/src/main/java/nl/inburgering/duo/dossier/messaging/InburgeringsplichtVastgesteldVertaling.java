package nl.inburgering.duo.dossier.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.contracts.common.Aanleiding;
import nl.inburgering.contracts.common.Doelgroepindeling;
import nl.inburgering.contracts.common.Ontvanger;
import nl.inburgering.duo.dossier.api.Doelgroep;
import nl.inburgering.duo.dossier.api.GedetailleerdeDoelgroep;
import nl.inburgering.duo.dossier.domain.InburgeringsplichtVastgesteld;
import nl.inburgering.duo.dossier.domain.LeveringPolicy;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/** Stelseldienst #3 out. */
@Component
class InburgeringsplichtVastgesteldVertaling implements
        UitgaandeVertaling<InburgeringsplichtVastgesteld, nl.inburgering.contracts.event.InburgeringsplichtVastgesteld> {

    @Override
    public nl.inburgering.contracts.event.InburgeringsplichtVastgesteld vertaal(InburgeringsplichtVastgesteld p) {
        return nl.inburgering.contracts.event.InburgeringsplichtVastgesteld.newBuilder()
                .setBsn(p.bsn().value())
                .setGemeentecode(p.gemeentecode())
                .setOntvanger(ontvanger(p.ontvanger()))
                .setBegindatum(p.begindatum())
                .setDoelgroep(doelgroep(p.gedetailleerdeDoelgroep().indeling()))
                .setGedetailleerdeDoelgroep(gedetailleerdeDoelgroep(p.gedetailleerdeDoelgroep()))
                .setDatumVaststelling(p.datumVaststelling())
                .setLeerbaarheidstoetsKlaargezet(p.leerbaarheidstoetsKlaargezet())
                .setGeboortedatum(p.geboortedatum())
                .setAanleiding(aanleiding(p.aanleiding()))
                .build();
    }

    static Ontvanger ontvanger(LeveringPolicy.Ontvanger ontvanger) {
        return switch (ontvanger) {
            case GEMEENTE -> Ontvanger.GEMEENTE;
            case COA -> Ontvanger.COA;
        };
    }

    static Aanleiding aanleiding(InburgeringsplichtVastgesteld.Aanleiding aanleiding) {
        return switch (aanleiding) {
            case NIEUW -> Aanleiding.NIEUW;
            case OVERDRACHT_NA_VERHUIZING -> Aanleiding.OVERDRACHT_NA_VERHUIZING;
        };
    }

    static Doelgroepindeling doelgroep(Doelgroep doelgroep) {
        return switch (doelgroep) {
            case ASIELSTATUSHOUDER -> Doelgroepindeling.ASIELSTATUSHOUDER;
            case GEZINSMIGRANT_EN_OVERIGE_MIGRANT -> Doelgroepindeling.GEZINSMIGRANT_EN_OVERIGE_MIGRANT;
        };
    }

    static nl.inburgering.contracts.common.GedetailleerdeDoelgroep gedetailleerdeDoelgroep(
            GedetailleerdeDoelgroep doelgroep) {
        return switch (doelgroep) {
            case ASIELSTATUSHOUDER -> nl.inburgering.contracts.common.GedetailleerdeDoelgroep.ASIELSTATUSHOUDER;
            case GEESTELIJK_BEDIENAAR -> nl.inburgering.contracts.common.GedetailleerdeDoelgroep.GEESTELIJK_BEDIENAAR;
            case GEZINSHERENIGER -> nl.inburgering.contracts.common.GedetailleerdeDoelgroep.GEZINSHERENIGER;
            case GEZINSHERENIGER_MET_ASIELSTATUSHOUDER ->
                nl.inburgering.contracts.common.GedetailleerdeDoelgroep.GEZINSHERENIGER_MET_ASIELSTATUSHOUDER;
            case GEZINSVORMER -> nl.inburgering.contracts.common.GedetailleerdeDoelgroep.GEZINSVORMER;
            case GEZINSVORMER_MET_ASIELSTATUSHOUDER ->
                nl.inburgering.contracts.common.GedetailleerdeDoelgroep.GEZINSVORMER_MET_ASIELSTATUSHOUDER;
            case OVERIG -> nl.inburgering.contracts.common.GedetailleerdeDoelgroep.OVERIG;
        };
    }
}
