package nl.inburgering.gemeente.pip.messaging;

import nl.inburgering.contracts.common.Actualisatiemoment;
import nl.inburgering.contracts.common.Alfabetiseringsonderwijs;
import nl.inburgering.contracts.common.Leerroute;
import nl.inburgering.contracts.common.NiveauPip;
import nl.inburgering.contracts.common.PipGegevens;
import nl.inburgering.contracts.common.RedenWijzigingPip;
import nl.inburgering.gemeente.pip.domain.Alfabetisering;
import nl.inburgering.gemeente.pip.domain.Niveau;
import nl.inburgering.gemeente.pip.domain.Pip;
import nl.inburgering.gemeente.pip.domain.RedenWijziging;

/**
 * Between the domain's names and the contracts' symbols (the contracts call the Z-route ZELFREDZAAMHEIDSROUTE), for
 * the PIP feature's events in and out. Each enum has one translation each way it travels; {@code PipContractVertalingTest}
 * fails when a contract enum gains a symbol this does not know.
 */
final class PipContractVertaling {

    private PipContractVertaling() {
    }

    static PipGegevens pipGegevens(Pip pip) {
        return PipGegevens.newBuilder().setDagtekeningPip(pip.dagtekening()).setLeerroute(leerroute(pip.leerroute()))
                .setNiveau(pip.niveau() == null ? null : niveau(pip.niveau()))
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

    static NiveauPip niveau(Niveau niveau) {
        return switch (niveau) {
            case A2 -> NiveauPip.A2;
            case B1 -> NiveauPip.B1;
        };
    }

    /** Null for no niveau or ONBEKEND. */
    static Niveau niveau(NiveauPip niveau) {
        if (niveau == null) {
            return null;
        }
        return switch (niveau) {
            case A2 -> Niveau.A2;
            case B1 -> Niveau.B1;
            default -> null;
        };
    }

    static Alfabetiseringsonderwijs alfabetisering(Alfabetisering alfabetisering) {
        return switch (alfabetisering) {
            case A -> Alfabetiseringsonderwijs.A;
            case AA -> Alfabetiseringsonderwijs.AA;
            case NVT -> Alfabetiseringsonderwijs.NVT;
        };
    }

    static RedenWijzigingPip reden(RedenWijziging reden) {
        return switch (reden) {
            case WISSELING_LEERROUTE -> RedenWijzigingPip.WISSELING_LEERROUTE;
            case AFSCHALEN -> RedenWijzigingPip.AFSCHALEN;
            case OPSCHALEN -> RedenWijzigingPip.OPSCHALEN;
            case NA_VRIJSTELLING_OF_ONTHEFFING -> RedenWijzigingPip.NA_VRIJSTELLING_OF_ONTHEFFING;
            case DOELGROEPWIJZIGING -> RedenWijzigingPip.DOELGROEPWIJZIGING;
            case NA_BEZWAAR_OF_BEROEP -> RedenWijzigingPip.NA_BEZWAAR_OF_BEROEP;
            case OVERIG -> RedenWijzigingPip.OVERIG;
        };
    }

    static Actualisatiemoment actualisatiemoment(nl.inburgering.gemeente.pip.domain.Actualisatiemoment moment) {
        return switch (moment) {
            case EINDE_INBURGERINGSTERMIJN -> Actualisatiemoment.EINDE_INBURGERINGSTERMIJN;
            case VERHUIZING_BINNENLAND -> Actualisatiemoment.VERHUIZING_BINNENLAND;
            case VERTREK_BUITENLAND -> Actualisatiemoment.VERTREK_BUITENLAND;
            case WIJZIGING_LEERROUTE -> Actualisatiemoment.WIJZIGING_LEERROUTE;
            case WIJZIGING_DOELGROEP -> Actualisatiemoment.WIJZIGING_DOELGROEP;
            case TIJDELIJKE_VRIJSTELLING -> Actualisatiemoment.TIJDELIJKE_VRIJSTELLING;
            case UITSCHRIJVING_INSTELLING -> Actualisatiemoment.UITSCHRIJVING_INSTELLING;
            case TAALSCHAKELTRAJECT_AFGEROND -> Actualisatiemoment.TAALSCHAKELTRAJECT_AFGEROND;
            case TUSSENTIJDS -> Actualisatiemoment.TUSSENTIJDS;
        };
    }
}
