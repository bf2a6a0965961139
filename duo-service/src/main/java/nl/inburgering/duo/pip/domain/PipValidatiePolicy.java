package nl.inburgering.duo.pip.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether DUO registers a delivered PIP (M2M README "Het aanleveren van een PIP"). All rules are checked so
 * the gemeente gets every reason at once instead of one per attempt. "Niet voor" means the same day is allowed.
 */
public final class PipValidatiePolicy {

    public static final String DAGTEKENING_VOOR_START_PLICHT = "DAGTEKENING_VOOR_START_PLICHT";
    public static final String DAGTEKENING_VOOR_INITIELE_PIP = "DAGTEKENING_VOOR_INITIELE_PIP";
    public static final String DAGTEKENING_VOOR_ACTUELE_PIP = "DAGTEKENING_VOOR_ACTUELE_PIP";
    public static final String DAGTEKENING_VOOR_VESTIGING = "DAGTEKENING_VOOR_VESTIGING";
    public static final String A2_MET_ONDERWIJSROUTE = "A2_MET_ONDERWIJSROUTE";
    public static final String B1_MET_Z_ROUTE = "B1_MET_Z_ROUTE";
    public static final String A2_MET_B1_ROUTE_EERSTE_PIP = "A2_MET_B1_ROUTE_EERSTE_PIP";
    public static final String INTENSITEIT_NIET_BIJ_B1_ROUTE = "INTENSITEIT_NIET_BIJ_B1_ROUTE";
    public static final String INTENSITEIT_NIET_BIJ_ASIELSTATUSHOUDER = "INTENSITEIT_NIET_BIJ_ASIELSTATUSHOUDER";

    private static final String DAGTEKENING = "dagtekeningPip";
    private static final String NIVEAU = "niveau";
    private static final String INTENSITEIT = "geschatteIntensiteitB1Route";

    private PipValidatiePolicy() {
    }

    public static PipBeoordeling beoordeel(Pip pip, PipContext context) {
        List<Overtreding> overtredingen = new ArrayList<>();
        dagtekening(pip.dagtekening(), context, overtredingen);
        niveau(pip, context, overtredingen);
        intensiteit(pip, context, overtredingen);
        if (!overtredingen.isEmpty()) {
            return new PipBeoordeling(overtredingen, null);
        }
        return new PipBeoordeling(overtredingen, vastgesteld(pip));
    }

    private static void dagtekening(LocalDate dagtekening, PipContext context, List<Overtreding> overtredingen) {
        if (dagtekening.isBefore(context.begindatumPlicht())) {
            overtredingen.add(new Overtreding(DAGTEKENING, DAGTEKENING_VOOR_START_PLICHT,
                    "De datum dagtekening mag niet voor de start van de inburgeringsplicht liggen."));
        }
        // Only a gewijzigde PIP has an initiële and actuele PIP to compare with; a first PIP has neither.
        if (context.dagtekeningInitielePip() != null && dagtekening.isBefore(context.dagtekeningInitielePip())) {
            overtredingen.add(new Overtreding(DAGTEKENING, DAGTEKENING_VOOR_INITIELE_PIP,
                    "De datum dagtekening mag niet voor de datum dagtekening van de initiële PIP liggen."));
        }
        if (context.dagtekeningActuelePip() != null && dagtekening.isBefore(context.dagtekeningActuelePip())) {
            overtredingen.add(new Overtreding(DAGTEKENING, DAGTEKENING_VOOR_ACTUELE_PIP,
                    "De datum dagtekening mag niet voor de datum dagtekening van de actuele PIP liggen."));
        }
        // Without a known vestiging (an asielstatushouder still in the AZC) there is nothing to compare with.
        if (context.datumVestigingGemeente() != null && dagtekening.isBefore(context.datumVestigingGemeente())) {
            overtredingen.add(new Overtreding(DAGTEKENING, DAGTEKENING_VOOR_VESTIGING,
                    "De datum dagtekening mag niet voor de vestiging van de inburgeraar bij de gemeente liggen."));
        }
    }

    private static void niveau(Pip pip, PipContext context, List<Overtreding> overtredingen) {
        if (pip.niveau() == Niveau.A2 && pip.leerroute() == Leerroute.ONDERWIJSROUTE) {
            overtredingen.add(new Overtreding(NIVEAU, A2_MET_ONDERWIJSROUTE,
                    "Niveau A2 mag niet in combinatie met de onderwijsroute worden aangeleverd."));
        }
        if (pip.niveau() == Niveau.B1 && pip.leerroute() == Leerroute.Z_ROUTE) {
            overtredingen.add(new Overtreding(NIVEAU, B1_MET_Z_ROUTE,
                    "Niveau B1 mag niet in combinatie met de Z-route worden aangeleverd."));
        }
        // Afschalen to A2 within the B1-route is a change of an existing PIP; a first PIP cannot start there.
        if (pip.niveau() == Niveau.A2 && pip.leerroute() == Leerroute.B1_ROUTE && context.isEerstePip()) {
            overtredingen.add(new Overtreding(NIVEAU, A2_MET_B1_ROUTE_EERSTE_PIP,
                    "Niveau A2 mag niet in combinatie met de B1-route worden aangeleverd bij de eerste PIP."));
        }
    }

    private static void intensiteit(Pip pip, PipContext context, List<Overtreding> overtredingen) {
        if (pip.geschatteIntensiteitB1Route() == null) {
            return;
        }
        if (pip.leerroute() != Leerroute.B1_ROUTE) {
            overtredingen.add(new Overtreding(INTENSITEIT, INTENSITEIT_NIET_BIJ_B1_ROUTE,
                    "Geschatte intensiteit B1-route mag alleen bij de B1-route worden aangeleverd."));
        }
        if (!context.asielstatushouder()) {
            overtredingen.add(new Overtreding(INTENSITEIT, INTENSITEIT_NIET_BIJ_ASIELSTATUSHOUDER,
                    "Geschatte intensiteit B1-route mag alleen bij asielmigranten worden aangeleverd."));
        }
    }

    /** Without a niveau the B1-route and onderwijsroute aim at B1; the Z-route has no examenniveau to fill in. */
    private static Pip vastgesteld(Pip pip) {
        if (pip.niveau() == null && pip.leerroute() != Leerroute.Z_ROUTE) {
            return pip.metNiveau(Niveau.B1);
        }
        return pip;
    }
}
