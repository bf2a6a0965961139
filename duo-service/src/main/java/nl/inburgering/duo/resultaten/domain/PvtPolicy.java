package nl.inburgering.duo.resultaten.domain;

import java.util.List;

/**
 * DUO's README "Participatieverklaringstraject (PVT)": whether DUO registers the datum ondertekening PVT with its
 * indicatie verwijtbaarheid, or its withdrawal (a PUT without it). The rules are those of the MAP with the PVT's
 * own date ({@link Resultaatregels}).
 */
public final class PvtPolicy {

    private PvtPolicy() {
    }

    /** Every broken rule; empty when DUO registers it. */
    public static List<Overtreding> beoordeel(Resultaat pvt, ResultaatContext context) {
        if (pvt.onderdeel() != Onderdeel.PVT) {
            throw new IllegalArgumentException("geen PVT: " + pvt.onderdeel());
        }
        return Resultaatregels.datumMetVerwijtbaarheid(pvt, context);
    }
}
