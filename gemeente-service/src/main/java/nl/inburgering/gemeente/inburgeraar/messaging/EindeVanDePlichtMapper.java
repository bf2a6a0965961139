package nl.inburgering.gemeente.inburgeraar.messaging;

import java.time.LocalDate;

import nl.inburgering.contracts.common.Leerroute;
import nl.inburgering.contracts.common.RedenGeenInburgeringsplicht;
import nl.inburgering.contracts.common.Waardepapier;
import nl.inburgering.contracts.event.InburgeringsplichtBeeindigd;
import nl.inburgering.contracts.event.InburgeringsplichtVoldaan;
import nl.inburgering.gemeente.inburgeraar.application.EindeVanDePlicht;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.events.Eventvalidatie;
import nl.inburgering.platform.events.InvalidEventException;

/** #3 beëindigd and #10 in, validated once, as the core's commands. */
final class EindeVanDePlichtMapper {

    private static final String BEEINDIGD = "Inburgeringsplicht beëindigd";
    private static final String VOLDAAN = "Inburgeringsplicht voldaan";

    private EindeVanDePlichtMapper() {
    }

    static EindeVanDePlicht.PlichtBeeindigd beeindigd(InburgeringsplichtBeeindigd b) {
        return new EindeVanDePlicht.PlichtBeeindigd(Bsn.of(Eventvalidatie.bsn(b.getBsn(), BEEINDIGD)),
                Eventvalidatie.gemeentecode(b.getGemeentecode(), BEEINDIGD), datum(b.getEinddatum(), "einddatum",
                        BEEINDIGD), reden(b.getRedenGeenInburgeringsplicht()),
                datum(b.getDatumVaststelling(), "datumVaststelling", BEEINDIGD));
    }

    /** A beschikking without a known waardepapier or leerroute says nothing the gemeente can act on: dead letter. */
    static EindeVanDePlicht.PlichtVoldaan voldaan(InburgeringsplichtVoldaan v) {
        String waardepapier = waardepapier(v.getWaardepapier());
        if ("ONBEKEND".equals(waardepapier)) {
            throw new InvalidEventException(VOLDAAN + " met waardepapier ONBEKEND");
        }
        String leerroute = leerroute(v.getLeerroute());
        if ("ONBEKEND".equals(leerroute)) {
            throw new InvalidEventException(VOLDAAN + " met leerroute ONBEKEND");
        }
        LocalDate beschikking = datum(v.getDatumBeschikking(), "datumBeschikking", VOLDAAN);
        LocalDate voldaan = datum(v.getDatumVoldaan(), "datumVoldaan", VOLDAAN);
        if (beschikking.isBefore(voldaan)) {
            throw new InvalidEventException(VOLDAAN + " met een beschikking voor de datum voldaan");
        }
        return new EindeVanDePlicht.PlichtVoldaan(Bsn.of(Eventvalidatie.bsn(v.getBsn(), VOLDAAN)),
                Eventvalidatie.gemeentecode(v.getGemeentecode(), VOLDAAN), beschikking, voldaan, leerroute,
                waardepapier);
    }

    /** DUO's reden by its name; ONBEKEND stays ONBEKEND (the plicht ended all the same). */
    static String reden(RedenGeenInburgeringsplicht reden) {
        return reden == null ? "ONBEKEND" : reden.name();
    }

    static String waardepapier(Waardepapier waardepapier) {
        return waardepapier == null ? "ONBEKEND" : waardepapier.name();
    }

    static String leerroute(Leerroute leerroute) {
        return leerroute == null ? "ONBEKEND" : leerroute.name();
    }

    private static LocalDate datum(LocalDate datum, String veld, String event) {
        if (datum == null) {
            throw new InvalidEventException(event + " zonder " + veld);
        }
        return datum;
    }
}
