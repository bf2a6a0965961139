package nl.inburgering.duo.pip.application;

import nl.inburgering.duo.pip.domain.Alfabetisering;
import nl.inburgering.duo.pip.domain.Leerroute;
import nl.inburgering.duo.pip.domain.Niveau;

/** Between the contract's enums (with their ONBEKEND default) and DUO's own. */
public final class ContractCodes {

    private ContractCodes() {
    }

    public static nl.inburgering.contracts.common.Leerroute leerroute(Leerroute leerroute) {
        return switch (leerroute) {
            case B1_ROUTE -> nl.inburgering.contracts.common.Leerroute.B1_ROUTE;
            case ONDERWIJSROUTE -> nl.inburgering.contracts.common.Leerroute.ONDERWIJSROUTE;
            case Z_ROUTE -> nl.inburgering.contracts.common.Leerroute.ZELFREDZAAMHEIDSROUTE;
        };
    }

    /** Null for ONBEKEND: the event carries no leerroute DUO can register. */
    public static Leerroute leerroute(nl.inburgering.contracts.common.Leerroute leerroute) {
        if (leerroute == null) {
            return null;
        }
        return switch (leerroute) {
            case B1_ROUTE -> Leerroute.B1_ROUTE;
            case ONDERWIJSROUTE -> Leerroute.ONDERWIJSROUTE;
            case ZELFREDZAAMHEIDSROUTE -> Leerroute.Z_ROUTE;
            default -> null;
        };
    }

    /** Null when not given (ONBEKEND is the contract's "not given"). */
    public static Niveau niveau(nl.inburgering.contracts.common.NiveauPip niveau) {
        if (niveau == null || niveau == nl.inburgering.contracts.common.NiveauPip.ONBEKEND) {
            return null;
        }
        return Niveau.valueOf(niveau.name());
    }

    /** Null when not given (ONBEKEND is the contract's "not given"). */
    public static Alfabetisering alfabetisering(nl.inburgering.contracts.common.Alfabetiseringsonderwijs a) {
        if (a == null || a == nl.inburgering.contracts.common.Alfabetiseringsonderwijs.ONBEKEND) {
            return null;
        }
        return Alfabetisering.valueOf(a.name());
    }
}
