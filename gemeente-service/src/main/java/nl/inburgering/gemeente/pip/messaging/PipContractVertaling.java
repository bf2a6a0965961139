package nl.inburgering.gemeente.pip.messaging;

import nl.inburgering.contracts.common.Alfabetiseringsonderwijs;
import nl.inburgering.contracts.common.Leerroute;
import nl.inburgering.contracts.common.NiveauPip;
import nl.inburgering.contracts.common.PipGegevens;
import nl.inburgering.contracts.common.RedenWijzigingPip;
import nl.inburgering.gemeente.pip.domain.Alfabetisering;
import nl.inburgering.gemeente.pip.domain.Niveau;
import nl.inburgering.gemeente.pip.domain.Pip;
import nl.inburgering.gemeente.pip.domain.RedenWijziging;

/** Between the domain's names and the contracts' symbols (the contracts call the Z-route ZELFREDZAAMHEIDSROUTE). */
final class PipContractVertaling {

    private PipContractVertaling() {
    }

    static PipGegevens pipGegevens(Pip pip) {
        return PipGegevens.newBuilder().setDagtekeningPip(pip.dagtekening()).setLeerroute(leerroute(pip.leerroute()))
                .setNiveau(pip.niveau() == null ? null : NiveauPip.valueOf(pip.niveau().name()))
                .setGeschatteIntensiteitB1Route(pip.geschatteIntensiteitB1Route())
                .setIndicatorMagOpleidingAfmaken(pip.indicatorMagOpleidingAfmaken())
                .setAlfabetiseringsonderwijs(alfabetisering(pip.alfabetisering()))
                .setEenzijdigVastgesteld(pip.eenzijdigVastgesteld()).build();
    }

    static Leerroute leerroute(nl.inburgering.gemeente.pip.domain.Leerroute leerroute) {
        return switch (leerroute) {
            case B1_ROUTE -> Leerroute.B1_ROUTE;
            case ONDERWIJSROUTE -> Leerroute.ONDERWIJSROUTE;
            case Z_ROUTE -> Leerroute.ZELFREDZAAMHEIDSROUTE;
        };
    }

    /** Null for ONBEKEND: a symbol newer than this service. */
    static nl.inburgering.gemeente.pip.domain.Leerroute leerroute(Leerroute leerroute) {
        if (leerroute == null) {
            return null;
        }
        return switch (leerroute) {
            case B1_ROUTE -> nl.inburgering.gemeente.pip.domain.Leerroute.B1_ROUTE;
            case ONDERWIJSROUTE -> nl.inburgering.gemeente.pip.domain.Leerroute.ONDERWIJSROUTE;
            case ZELFREDZAAMHEIDSROUTE -> nl.inburgering.gemeente.pip.domain.Leerroute.Z_ROUTE;
            default -> null;
        };
    }

    /** Null for no niveau or ONBEKEND. */
    static Niveau niveau(NiveauPip niveau) {
        if (niveau == null || niveau == NiveauPip.ONBEKEND) {
            return null;
        }
        return Niveau.valueOf(niveau.name());
    }

    static Alfabetiseringsonderwijs alfabetisering(Alfabetisering alfabetisering) {
        return Alfabetiseringsonderwijs.valueOf(alfabetisering.name());
    }

    static RedenWijzigingPip reden(RedenWijziging reden) {
        return RedenWijzigingPip.valueOf(reden.name());
    }
}
