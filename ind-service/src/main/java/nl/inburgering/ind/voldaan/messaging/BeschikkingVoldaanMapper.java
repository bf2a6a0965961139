package nl.inburgering.ind.voldaan.messaging;

import nl.inburgering.contracts.common.Leerroute;
import nl.inburgering.contracts.common.Waardepapier;
import nl.inburgering.contracts.event.InburgeringsplichtVoldaan;
import nl.inburgering.ind.voldaan.domain.BeschikkingVoldaan;
import nl.inburgering.platform.events.InvalidEventException;

/** Inbound: #10 as IND's beschikking; an unknown leerroute or waardepapier is the message's fault (dead letter). */
final class BeschikkingVoldaanMapper {

    private BeschikkingVoldaanMapper() {
    }

    static BeschikkingVoldaan beschikking(InburgeringsplichtVoldaan data) {
        return new BeschikkingVoldaan(data.getDatumBeschikking(), data.getDatumVoldaan(), leerroute(data.getLeerroute()),
                waardepapier(data.getWaardepapier()));
    }

    static String leerroute(Leerroute leerroute) {
        return switch (leerroute) {
            case B1_ROUTE -> "B1_ROUTE";
            case ONDERWIJSROUTE -> "ONDERWIJSROUTE";
            case ZELFREDZAAMHEIDSROUTE -> "Z_ROUTE";
            case ONBEKEND -> throw new InvalidEventException("Beschikking voldaan met een onbekende leerroute");
        };
    }

    static String waardepapier(Waardepapier waardepapier) {
        return switch (waardepapier) {
            case INBURGERINGSDIPLOMA -> "INBURGERINGSDIPLOMA";
            case INBURGERINGSCERTIFICAAT -> "INBURGERINGSCERTIFICAAT";
            case GEEN, ONBEKEND -> throw new InvalidEventException("Beschikking voldaan zonder bekend waardepapier");
        };
    }
}
