package nl.inburgering.instelling.cursist.messaging;

import nl.inburgering.contracts.common.Contractpartij;
import nl.inburgering.contracts.common.Examenniveau;
import nl.inburgering.contracts.common.Leerroute;
import nl.inburgering.instelling.cursist.api.Taalniveau;

/** The cursist's codes as the contract's enums, by a switch: a code added on either side fails the compiler or a test. */
final class ContractCodes {

    private ContractCodes() {
    }

    static Leerroute leerroute(nl.inburgering.instelling.cursist.api.Leerroute leerroute) {
        return switch (leerroute) {
            case B1_ROUTE -> Leerroute.B1_ROUTE;
            case ONDERWIJSROUTE -> Leerroute.ONDERWIJSROUTE;
            case Z_ROUTE -> Leerroute.ZELFREDZAAMHEIDSROUTE;
        };
    }

    static Examenniveau taalniveau(Taalniveau niveau) {
        if (niveau == null) {
            return null;
        }
        return switch (niveau) {
            case A2 -> Examenniveau.A2;
            case B1 -> Examenniveau.B1;
            case B2 -> Examenniveau.B2;
        };
    }

    static Contractpartij contractpartij(nl.inburgering.instelling.cursist.api.Contractpartij partij) {
        return switch (partij) {
            case GEMEENTE -> Contractpartij.GEMEENTE;
            case INBURGERAAR -> Contractpartij.INBURGERAAR;
        };
    }
}
