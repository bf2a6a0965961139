package nl.inburgering.duo.pip.messaging;

import java.util.List;

import nl.inburgering.contracts.common.Afwijzingsreden;
import nl.inburgering.duo.pip.domain.Alfabetisering;
import nl.inburgering.duo.pip.domain.Leerroute;
import nl.inburgering.duo.pip.domain.Niveau;
import nl.inburgering.duo.pip.domain.Overtreding;

/** Between the contract's enums (with their ONBEKEND default) and DUO's own. */
final class ContractCodes {

    private ContractCodes() {
    }

    static nl.inburgering.contracts.common.Leerroute leerroute(Leerroute leerroute) {
        return switch (leerroute) {
            case B1_ROUTE -> nl.inburgering.contracts.common.Leerroute.B1_ROUTE;
            case ONDERWIJSROUTE -> nl.inburgering.contracts.common.Leerroute.ONDERWIJSROUTE;
            case Z_ROUTE -> nl.inburgering.contracts.common.Leerroute.ZELFREDZAAMHEIDSROUTE;
        };
    }

    /** Null for ONBEKEND: the event carries no leerroute DUO can register. */
    static Leerroute leerroute(nl.inburgering.contracts.common.Leerroute leerroute) {
        if (leerroute == null) {
            return null;
        }
        return switch (leerroute) {
            case B1_ROUTE -> Leerroute.B1_ROUTE;
            case ONDERWIJSROUTE -> Leerroute.ONDERWIJSROUTE;
            case ZELFREDZAAMHEIDSROUTE -> Leerroute.Z_ROUTE;
            case ONBEKEND -> null;
        };
    }

    /** Null when not given (ONBEKEND is the contract's "not given"). */
    static Niveau niveau(nl.inburgering.contracts.common.NiveauPip niveau) {
        if (niveau == null || niveau == nl.inburgering.contracts.common.NiveauPip.ONBEKEND) {
            return null;
        }
        return switch (niveau) {
            case A2 -> Niveau.A2;
            case B1 -> Niveau.B1;
            case ONBEKEND -> null;
        };
    }

    /** Null when the PIP gives no niveau. */
    static nl.inburgering.contracts.common.NiveauPip niveau(Niveau niveau) {
        if (niveau == null) {
            return null;
        }
        return switch (niveau) {
            case A2 -> nl.inburgering.contracts.common.NiveauPip.A2;
            case B1 -> nl.inburgering.contracts.common.NiveauPip.B1;
        };
    }

    static List<Afwijzingsreden> redenen(List<Overtreding> overtredingen) {
        return overtredingen.stream()
                .map(o -> Afwijzingsreden.newBuilder().setCode(o.code()).setOmschrijving(o.omschrijving()).build())
                .toList();
    }

    /** Null when not given (ONBEKEND is the contract's "not given"). */
    static Alfabetisering alfabetisering(nl.inburgering.contracts.common.Alfabetiseringsonderwijs a) {
        if (a == null) {
            return null;
        }
        return switch (a) {
            case A -> Alfabetisering.A;
            case AA -> Alfabetisering.AA;
            case NVT -> Alfabetisering.NVT;
            case ONBEKEND -> null;
        };
    }
}
