package nl.inburgering.duo.resultaten.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The Z-route (seed §7.2): the datum afronding Z-route (DUO's {@code PUT /zroute}; #17 onderdeel EINDGESPREK) and
 * the afronding of the participatiecomponent (#17 onderdeel PARTICIPATIECOMPONENT only). DUO's README gives the
 * Z-route no section of its own; its rules come from the general ones (PVT and MAP) and from the PIP's "Niveau B1 mag
 * niet in combinatie met de Z-route": a result of the Z-route needs an actuele PIP of the gemeente in the Z-route,
 * and the afronding closes the route, so it lies on or after the PVT, the MAP and the participatie (the mirror of
 * "mag niet na de datum afronding Z-route liggen"). Decision 0020.
 */
public final class ZroutePolicy {

    public static final String GEEN_ZROUTE = "GEEN_ZROUTE";
    public static final String B1_MET_ZROUTE = "B1_MET_ZROUTE";
    public static final String AFRONDING_VOOR_PVT = "AFRONDING_VOOR_PVT";
    public static final String AFRONDING_VOOR_MAP = "AFRONDING_VOOR_MAP";
    public static final String AFRONDING_VOOR_PARTICIPATIE = "AFRONDING_VOOR_PARTICIPATIE";
    public static final String PARTICIPATIE_ALLEEN_ASIELSTATUSHOUDER = "PARTICIPATIE_ALLEEN_ASIELSTATUSHOUDER";

    private ZroutePolicy() {
    }

    /** The datum afronding Z-route, or its withdrawal (a PUT without it). */
    public static List<Overtreding> beoordeelAfronding(Resultaat afronding, ResultaatContext context) {
        if (afronding.onderdeel() != Onderdeel.ZROUTE) {
            throw new IllegalArgumentException("geen afronding Z-route: " + afronding.onderdeel());
        }
        List<Overtreding> overtredingen = new ArrayList<>();
        Resultaatregels.wijziging(afronding, context, overtredingen);
        Resultaatregels.actuelePipVanUwGemeente(context, overtredingen);
        inDeZroute(context, overtredingen);
        if (afronding.datum() != null) {
            Resultaatregels.nietVoorStartTermijn(afronding, context, overtredingen);
            Resultaatregels.nietInDeToekomst(afronding, context, overtredingen);
            nietVoor(afronding, context, Onderdeel.PVT, AFRONDING_VOOR_PVT, overtredingen);
            nietVoor(afronding, context, Onderdeel.MAP, AFRONDING_VOOR_MAP, overtredingen);
            nietVoor(afronding, context, Onderdeel.PARTICIPATIE, AFRONDING_VOOR_PARTICIPATIE, overtredingen);
        }
        return overtredingen;
    }

    /** The afronding of the participatiecomponent, compulsory for (and only counted for) an asielstatushouder. */
    public static List<Overtreding> beoordeelParticipatie(Resultaat participatie, ResultaatContext context) {
        if (participatie.onderdeel() != Onderdeel.PARTICIPATIE) {
            throw new IllegalArgumentException("geen participatie: " + participatie.onderdeel());
        }
        List<Overtreding> overtredingen = new ArrayList<>();
        Resultaatregels.wijziging(participatie, context, overtredingen);
        Resultaatregels.actuelePipVanUwGemeente(context, overtredingen);
        inDeZroute(context, overtredingen);
        if (!context.asielstatushouder()) {
            overtredingen.add(new Overtreding(PARTICIPATIE_ALLEEN_ASIELSTATUSHOUDER,
                    "De participatiecomponent van de Z-route geldt alleen voor een asielstatushouder."));
        }
        Resultaatregels.nietVoldaanViaZroute(context, overtredingen);
        if (participatie.datum() != null) {
            Resultaatregels.nietVoorStartTermijn(participatie, context, overtredingen);
            Resultaatregels.nietNaAfrondingZroute(participatie, context, overtredingen);
            Resultaatregels.nietInDeToekomst(participatie, context, overtredingen);
        }
        return overtredingen;
    }

    /** Only a person whose actuele PIP is the Z-route finishes it; niveau B1 never goes with the Z-route. */
    private static void inDeZroute(ResultaatContext context, List<Overtreding> overtredingen) {
        ResultaatContext.Pip pip = context.actuelePip();
        if (pip == null) {
            return;
        }
        if (!pip.zroute()) {
            overtredingen.add(new Overtreding(GEEN_ZROUTE, "De actuele PIP van de inburgeringsplichtige is niet de"
                    + " Z-route."));
        }
        if (pip.niveauB1()) {
            overtredingen.add(new Overtreding(B1_MET_ZROUTE, "Niveau B1 mag niet in combinatie met de Z-route."));
        }
    }

    private static void nietVoor(Resultaat afronding, ResultaatContext context, Onderdeel eerder, String code,
            List<Overtreding> overtredingen) {
        LocalDate datum = context.datum(eerder);
        if (datum != null && afronding.datum().isBefore(datum)) {
            overtredingen.add(new Overtreding(code, "De datum afronding Z-route mag niet voor de "
                    + eerder.datumnaam() + " liggen."));
        }
    }
}
