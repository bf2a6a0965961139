package nl.inburgering.duo.inspanning.domain;

import java.util.Optional;

/**
 * Seed §15.5, one source per fact: an asielstatushouder's inspanning reaches DUO only through his gemeente (it
 * bought the lessons), a gezinsmigrant's or overige migrant's only straight from the instelling. Who is who DUO
 * decides from its own plicht data (the doelgroep), never from the route or the sender. An inspanning along the
 * other route is refused: kept with the reason, never counted, so DUO never counts one inspanning twice.
 */
public final class InspanningRoutePolicy {

    public static final Weigering ASIELSTATUSHOUDER_VIA_GEMEENTE = new Weigering("ASIELSTATUSHOUDER_ALLEEN_VIA_GEMEENTE",
            "De inspanning van een asielstatushouder levert de gemeente aan DUO, niet de instelling.");
    public static final Weigering MIGRANT_VIA_INSTELLING = new Weigering("MIGRANT_ALLEEN_VIA_INSTELLING",
            "De inspanning van een gezinsmigrant of overige migrant levert de instelling aan DUO, niet de gemeente.");

    private InspanningRoutePolicy() {
    }

    /** @param asielstatushouder whether DUO's plicht decision puts the person in the doelgroep asielstatushouders */
    public static Optional<Weigering> beoordeel(Route route, boolean asielstatushouder) {
        if (route == Route.INSTELLING && asielstatushouder) {
            return Optional.of(ASIELSTATUSHOUDER_VIA_GEMEENTE);
        }
        if (route == Route.GEMEENTE && !asielstatushouder) {
            return Optional.of(MIGRANT_VIA_INSTELLING);
        }
        return Optional.empty();
    }
}
