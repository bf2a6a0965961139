package nl.inburgering.duo.resultaten.domain;

import java.util.List;

/**
 * DUO's README "Module Arbeidsmarkt en Participatie (MAP)": whether DUO registers the datum eindgesprek MAP with its
 * indicatie verwijtbaarheid, or its withdrawal (a PUT without it). The rules are those of the PVT with the MAP's
 * own date ({@link Resultaatregels}).
 */
public final class MapPolicy {

    private MapPolicy() {
    }

    /** Every broken rule; empty when DUO registers it. */
    public static List<Overtreding> beoordeel(Resultaat map, ResultaatContext context) {
        if (map.onderdeel() != Onderdeel.MAP) {
            throw new IllegalArgumentException("geen MAP: " + map.onderdeel());
        }
        return Resultaatregels.datumMetVerwijtbaarheid(map, context);
    }
}
