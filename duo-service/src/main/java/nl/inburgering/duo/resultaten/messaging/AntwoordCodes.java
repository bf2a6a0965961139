package nl.inburgering.duo.resultaten.messaging;

import java.util.List;

import nl.inburgering.contracts.common.Afwijzingsreden;
import nl.inburgering.contracts.common.OnderdeelPvtMapZroute;
import nl.inburgering.duo.resultaten.domain.Onderdeel;
import nl.inburgering.duo.resultaten.domain.Overtreding;

/** The answer to #17 in the contract's terms. */
final class AntwoordCodes {

    private AntwoordCodes() {
    }

    /** The Z-route's datum afronding is #17's EINDGESPREK (decision 0020). */
    static OnderdeelPvtMapZroute onderdeel(Onderdeel onderdeel) {
        return switch (onderdeel) {
            case PVT -> OnderdeelPvtMapZroute.PVT;
            case MAP -> OnderdeelPvtMapZroute.MAP;
            case ZROUTE -> OnderdeelPvtMapZroute.ZROUTE_EINDGESPREK;
            case PARTICIPATIE -> OnderdeelPvtMapZroute.ZROUTE_PARTICIPATIECOMPONENT;
        };
    }

    static List<Afwijzingsreden> redenen(List<Overtreding> overtredingen) {
        return overtredingen.stream()
                .map(o -> Afwijzingsreden.newBuilder().setCode(o.code()).setOmschrijving(o.omschrijving()).build())
                .toList();
    }
}
