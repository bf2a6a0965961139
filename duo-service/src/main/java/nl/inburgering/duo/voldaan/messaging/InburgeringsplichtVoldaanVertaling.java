package nl.inburgering.duo.voldaan.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.contracts.event.InburgeringsplichtVoldaan;
import nl.inburgering.duo.voldaan.domain.InburgeringsplichtVoldaanBeschikt;
import nl.inburgering.duo.voldaan.domain.Leerroute;
import nl.inburgering.duo.voldaan.domain.Waardepapier;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/** Stelseldienst #10 Beschikking voldaan inburgeringsplicht out: to the gemeente's topic and IND's (decision 0018). */
@Component
class InburgeringsplichtVoldaanVertaling
        implements UitgaandeVertaling<InburgeringsplichtVoldaanBeschikt, InburgeringsplichtVoldaan> {

    @Override
    public InburgeringsplichtVoldaan vertaal(InburgeringsplichtVoldaanBeschikt b) {
        return InburgeringsplichtVoldaan.newBuilder()
                .setBsn(b.bsn().value())
                .setGemeentecode(b.gemeentecode())
                .setDatumBeschikking(b.datumBeschikking())
                .setDatumVoldaan(b.datumVoldaan())
                .setLeerroute(leerroute(b.leerroute()))
                .setWaardepapier(waardepapier(b.waardepapier()))
                .build();
    }

    static nl.inburgering.contracts.common.Leerroute leerroute(Leerroute leerroute) {
        return switch (leerroute) {
            case B1_ROUTE -> nl.inburgering.contracts.common.Leerroute.B1_ROUTE;
            case ONDERWIJSROUTE -> nl.inburgering.contracts.common.Leerroute.ONDERWIJSROUTE;
            case Z_ROUTE -> nl.inburgering.contracts.common.Leerroute.ZELFREDZAAMHEIDSROUTE;
        };
    }

    static nl.inburgering.contracts.common.Waardepapier waardepapier(Waardepapier waardepapier) {
        return switch (waardepapier) {
            case INBURGERINGSDIPLOMA -> nl.inburgering.contracts.common.Waardepapier.INBURGERINGSDIPLOMA;
            case INBURGERINGSCERTIFICAAT -> nl.inburgering.contracts.common.Waardepapier.INBURGERINGSCERTIFICAAT;
        };
    }
}
