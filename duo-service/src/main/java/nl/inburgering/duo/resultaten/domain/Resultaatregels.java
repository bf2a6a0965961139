package nl.inburgering.duo.resultaten.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules of DUO's README ("Module Arbeidsmarkt en Participatie (MAP)", "Participatieverklaringstraject (PVT)")
 * that the onderdelen share, each with its stable code. {@link #beoordeel} picks the policy of the onderdeel:
 * {@link PvtPolicy}, {@link MapPolicy}, {@link ZroutePolicy}. Every rule is checked, so the gemeente gets every
 * reason at once. "Niet voor" and "niet na" allow the same day.
 */
public final class Resultaatregels {

    public static final String WIJZIGING_NIET_DOOR_UW_GEMEENTE = "WIJZIGING_NIET_DOOR_UW_GEMEENTE";
    public static final String GEEN_ACTUELE_PIP_VAN_UW_GEMEENTE = "GEEN_ACTUELE_PIP_VAN_UW_GEMEENTE";
    public static final String PLICHT_VOLDAAN_VIA_ZROUTE = "PLICHT_VOLDAAN_VIA_ZROUTE";
    public static final String DATUM_VOOR_START_TERMIJN = "DATUM_VOOR_START_TERMIJN";
    public static final String DATUM_NA_AFRONDING_ZROUTE = "DATUM_NA_AFRONDING_ZROUTE";
    public static final String DATUM_IN_TOEKOMST = "DATUM_IN_TOEKOMST";
    public static final String INTREKKEN_NA_AFRONDING_ZROUTE = "INTREKKEN_NA_AFRONDING_ZROUTE";
    public static final String VERWIJTBAAR_ONTBREEKT_BIJ_OVERSCHRIJDING = "VERWIJTBAAR_ONTBREEKT_BIJ_OVERSCHRIJDING";
    public static final String VERWIJTBAAR_BIJ_DATUM_VOOR_EINDE_TERMIJN = "VERWIJTBAAR_BIJ_DATUM_VOOR_EINDE_TERMIJN";
    public static final String NEE_ALLEEN_BINNEN_TWEE_MAANDEN_VOOR_EINDE = "NEE_ALLEEN_BINNEN_TWEE_MAANDEN_VOOR_EINDE";
    public static final String JA_ALLEEN_BIJ_OVERSCHRIJDING = "JA_ALLEEN_BIJ_OVERSCHRIJDING";

    private Resultaatregels() {
    }

    /** Every broken rule for a delivered result; empty when DUO registers it. */
    public static List<Overtreding> beoordeel(Resultaat resultaat, ResultaatContext context) {
        return switch (resultaat.onderdeel()) {
            case PVT -> PvtPolicy.beoordeel(resultaat, context);
            case MAP -> MapPolicy.beoordeel(resultaat, context);
            case ZROUTE -> ZroutePolicy.beoordeelAfronding(resultaat, context);
            case PARTICIPATIE -> ZroutePolicy.beoordeelParticipatie(resultaat, context);
        };
    }

    /** The PVT and MAP rules, the same for both with their own date. */
    static List<Overtreding> datumMetVerwijtbaarheid(Resultaat resultaat, ResultaatContext context) {
        List<Overtreding> overtredingen = new ArrayList<>();
        String datum = resultaat.onderdeel().datumnaam();
        wijziging(resultaat, context, overtredingen);
        actuelePipVanUwGemeente(context, overtredingen);
        nietVoldaanViaZroute(context, overtredingen);
        LocalDate zroute = context.datum(Onderdeel.ZROUTE);
        if (resultaat.datum() != null) {
            nietVoorStartTermijn(resultaat, context, overtredingen);
            nietNaAfrondingZroute(resultaat, context, overtredingen);
            nietInDeToekomst(resultaat, context, overtredingen);
        } else if (zroute != null) {
            overtredingen.add(new Overtreding(INTREKKEN_NA_AFRONDING_ZROUTE, "Als de " + datum
                    + " leeg is, mag de datum afronding Z-route niet geregistreerd zijn."));
        }
        verwijtbaarheid(resultaat, context, overtredingen);
        return overtredingen;
    }

    /**
     * "Bij een wijziging moet de datum eerder door uw gemeente zijn geleverd": a registration of another gemeente is
     * not changed by this one, and a withdrawal needs something to withdraw.
     */
    static void wijziging(Resultaat resultaat, ResultaatContext context, List<Overtreding> overtredingen) {
        Optional<Registratie> eerder = context.registratie(resultaat.onderdeel());
        boolean fout = eerder.map(r -> !r.gemeentecode().equals(context.gemeentecode()))
                .orElse(resultaat.isIntrekking());
        if (fout) {
            overtredingen.add(new Overtreding(WIJZIGING_NIET_DOOR_UW_GEMEENTE, "Bij een wijziging moet de "
                    + resultaat.onderdeel().datumnaam() + " eerder door uw gemeente zijn geleverd."));
        }
    }

    /**
     * "Uw gemeente moet een actuele PIP hebben", except for the old gemeente after a verhuizing until 10 werkdagen after
     * it (seed §14.2.1): it brings its results up to date even when the new gemeente registered its PIP first.
     */
    static void actuelePipVanUwGemeente(ResultaatContext context, List<Overtreding> overtredingen) {
        if (context.vorigeGemeenteBijwerkend()) {
            return;
        }
        if (context.actuelePip() == null || !context.actuelePip().gemeentecode().equals(context.gemeentecode())) {
            overtredingen.add(new Overtreding(GEEN_ACTUELE_PIP_VAN_UW_GEMEENTE,
                    "Uw gemeente moet een actuele PIP hebben voor de inburgeringsplichtige."));
        }
    }

    static void nietVoldaanViaZroute(ResultaatContext context, List<Overtreding> overtredingen) {
        if (context.voldaanViaZroute()) {
            overtredingen.add(new Overtreding(PLICHT_VOLDAAN_VIA_ZROUTE,
                    "De inburgeringsplicht moet nog niet voldaan zijn via de Z-route."));
        }
    }

    static void nietVoorStartTermijn(Resultaat resultaat, ResultaatContext context, List<Overtreding> overtredingen) {
        if (context.termijn() != null && resultaat.datum().isBefore(context.termijn().begindatum())) {
            overtredingen.add(new Overtreding(DATUM_VOOR_START_TERMIJN, hoofdletter(resultaat)
                    + " mag niet voor de startdatum van de inburgeringstermijn liggen."));
        }
    }

    static void nietNaAfrondingZroute(Resultaat resultaat, ResultaatContext context, List<Overtreding> overtredingen) {
        LocalDate zroute = context.datum(Onderdeel.ZROUTE);
        if (zroute != null && resultaat.datum().isAfter(zroute)) {
            overtredingen.add(new Overtreding(DATUM_NA_AFRONDING_ZROUTE, hoofdletter(resultaat)
                    + " mag niet na de datum afronding Z-route liggen."));
        }
    }

    static void nietInDeToekomst(Resultaat resultaat, ResultaatContext context, List<Overtreding> overtredingen) {
        if (resultaat.datum().isAfter(context.vandaag())) {
            overtredingen.add(new Overtreding(DATUM_IN_TOEKOMST, hoofdletter(resultaat)
                    + " mag niet in de toekomst liggen."));
        }
    }

    /**
     * The four rules on 'Verwijtbaar (Ja/Nee)'. There is an overschrijding of the termijn when the onderdeel was not
     * afgerond within it: its datum, or without one today, lies after the einddatum (the last day of the termijn).
     * Without a termijn there is no overschrijding and no einddatum within two months.
     */
    static void verwijtbaarheid(Resultaat resultaat, ResultaatContext context, List<Overtreding> overtredingen) {
        ResultaatContext.Termijn termijn = context.termijn();
        LocalDate peildatum = resultaat.datum() != null ? resultaat.datum() : context.vandaag();
        boolean overschrijding = termijn != null && peildatum.isAfter(termijn.einddatum());
        String datum = resultaat.onderdeel().datumnaam();
        if (resultaat.verwijtbaar() == null) {
            if (overschrijding) {
                overtredingen.add(new Overtreding(VERWIJTBAAR_ONTBREEKT_BIJ_OVERSCHRIJDING,
                        "Zonder 'Verwijtbaar (Ja/Nee)' mag er geen sprake zijn van een overschrijding van de"
                                + " inburgeringstermijn."));
            }
            return;
        }
        if (resultaat.datum() != null && termijn != null && resultaat.datum().isBefore(termijn.einddatum())) {
            overtredingen.add(new Overtreding(VERWIJTBAAR_BIJ_DATUM_VOOR_EINDE_TERMIJN, "Als de " + datum
                    + " voor de einddatum van de inburgeringstermijn ligt, mag 'Verwijtbaar (Ja/Nee)' niet geleverd"
                    + " worden."));
        }
        if (!resultaat.verwijtbaar()
                && (termijn == null || termijn.einddatum().isAfter(context.vandaag().plusMonths(2)))) {
            overtredingen.add(new Overtreding(NEE_ALLEEN_BINNEN_TWEE_MAANDEN_VOOR_EINDE,
                    "'Verwijtbaar' mag alleen 'Nee' zijn als de einddatum van de inburgeringstermijn binnen twee"
                            + " maanden valt."));
        }
        if (resultaat.verwijtbaar() && !overschrijding) {
            overtredingen.add(new Overtreding(JA_ALLEEN_BIJ_OVERSCHRIJDING,
                    "'Verwijtbaar' mag alleen 'Ja' zijn als er sprake is van een overschrijding van de"
                            + " inburgeringstermijn."));
        }
    }

    /** "De datum ..." at the start of a sentence. */
    static String hoofdletter(Resultaat resultaat) {
        return "De " + resultaat.onderdeel().datumnaam();
    }
}
