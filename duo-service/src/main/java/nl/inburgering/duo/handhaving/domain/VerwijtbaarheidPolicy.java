package nl.inburgering.duo.handhaving.domain;

import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import nl.inburgering.duo.handhaving.domain.Verwijtbaarheidsfeiten.Leerrouteonderdeel;
import nl.inburgering.duo.handhaving.domain.Verwijtbaarheidsoordeel.Boeteregel;
import nl.inburgering.duo.handhaving.domain.Verwijtbaarheidsoordeel.Uitkomst;
import nl.inburgering.duo.handhaving.domain.Verwijtbaarheidsoordeel.Verlengingsgrond;

/**
 * Is the overschrijding of the termijn verwijtbaar (seed §9.3.1; Wi2021 art. 34, Awb 5:41: no boete for what cannot be
 * blamed on him; Besluit inburgering 2021 hoofdstuk 4)? Judged per boeteonderdeel from what DUO knows, then as a
 * whole (decision 0028):
 * <ol>
 * <li>nothing open: no overschrijding;</li>
 * <li>the gemeente never set the leerroute, or set it after its 10 weeks: not verwijtbaar (the gemeente was late
 * with the aanbod);</li>
 * <li>the leerroute is verwijtbaar open unless his inspanning was good (present for at least the drempel of the
 * offered hours, no ongeoorloofd verzuim) and he took every open exam at least once; PVT and MAP are verwijtbaar open
 * unless the gemeente indicated they are not;</li>
 * <li>no verwijtbaar open onderdeel: not verwijtbaar, a full verlenging;</li>
 * <li>verwijtbaar, but good inspanning and at most a few onderdelen open: an aanzienlijke inspanning, a limited
 * verlenging and no boete;</li>
 * <li>else verwijtbaar: a boete for every onderdeel verwijtbaar open, and a new termijn.</li>
 * </ol>
 */
public final class VerwijtbaarheidPolicy {

    private VerwijtbaarheidPolicy() {
    }

    public static Verwijtbaarheidsoordeel beoordeel(Verwijtbaarheidsfeiten feiten, Handhavingsregels regels) {
        List<String> overwegingen = new ArrayList<>();
        Set<Boeteonderdeel> open = EnumSet.noneOf(Boeteonderdeel.class);
        if (feiten.leerroute() == null || !feiten.openLeerrouteonderdelen().isEmpty()) {
            open.add(Boeteonderdeel.LEERROUTE);
        }
        if (!feiten.pvtAfgerond()) {
            open.add(Boeteonderdeel.PVT);
        }
        if (!feiten.mapAfgerond()) {
            open.add(Boeteonderdeel.MAP);
        }
        if (open.isEmpty()) {
            return new Verwijtbaarheidsoordeel(Uitkomst.GEEN_OVERSCHRIJDING, null, null, List.of(),
                    List.of("Alle onderdelen zijn behaald."));
        }
        if (feiten.leerroute() == null) {
            return verlenging(Uitkomst.NIET_VERWIJTBAAR, Verlengingsgrond.GEMEENTE_TE_LAAT,
                    regels.verlengingNietVerwijtbaar(), "De gemeente heeft geen leerroute vastgesteld.");
        }
        if (feiten.leerrouteTeLaat()) {
            return verlenging(Uitkomst.NIET_VERWIJTBAAR, Verlengingsgrond.GEMEENTE_TE_LAAT,
                    regels.verlengingNietVerwijtbaar(), "De gemeente heeft de leerroute te laat vastgesteld.");
        }

        boolean goedeInspanning = goedeInspanning(feiten, regels, overwegingen);
        Set<Boeteonderdeel> verwijtbaar = EnumSet.noneOf(Boeteonderdeel.class);
        if (open.contains(Boeteonderdeel.LEERROUTE)) {
            Set<Leerrouteonderdeel> nooitGeprobeerd = feiten.openLeerrouteonderdelen().stream()
                    .filter(Leerrouteonderdeel::isExamen).filter(o -> !feiten.geprobeerd().contains(o))
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Leerrouteonderdeel.class)));
            if (!nooitGeprobeerd.isEmpty()) {
                overwegingen.add("Nooit een examen gedaan voor " + nooitGeprobeerd + ".");
            }
            if (!goedeInspanning || !nooitGeprobeerd.isEmpty()) {
                verwijtbaar.add(Boeteonderdeel.LEERROUTE);
            }
        }
        indicatie(Boeteonderdeel.PVT, open, feiten.pvtVerwijtbaar(), verwijtbaar, overwegingen);
        indicatie(Boeteonderdeel.MAP, open, feiten.mapVerwijtbaar(), verwijtbaar, overwegingen);

        if (verwijtbaar.isEmpty()) {
            overwegingen.add("Geen open onderdeel is verwijtbaar.");
            return new Verwijtbaarheidsoordeel(Uitkomst.NIET_VERWIJTBAAR, Verlengingsgrond.NIET_VERWIJTBAAR,
                    regels.verlengingNietVerwijtbaar(), List.of(), overwegingen);
        }
        int aantalOpen = feiten.openLeerrouteonderdelen().size() + (open.contains(Boeteonderdeel.PVT) ? 1 : 0)
                + (open.contains(Boeteonderdeel.MAP) ? 1 : 0);
        if (goedeInspanning && aantalOpen <= regels.maxOpenVoorBeperkteVerlenging()) {
            overwegingen.add("Na een aanzienlijke inspanning staan nog " + aantalOpen + " onderdelen open.");
            return new Verwijtbaarheidsoordeel(Uitkomst.AANZIENLIJKE_INSPANNING, Verlengingsgrond.AANZIENLIJKE_INSPANNING,
                    regels.beperkteVerlenging(), List.of(), overwegingen);
        }
        overwegingen.add("Verwijtbaar open: " + verwijtbaar + ".");
        List<Boeteregel> boeteregels = verwijtbaar.stream()
                .map(onderdeel -> new Boeteregel(onderdeel, regels.boetes().get(onderdeel))).toList();
        return new Verwijtbaarheidsoordeel(Uitkomst.VERWIJTBAAR, null, regels.nieuweTermijn(), boeteregels,
                overwegingen);
    }

    private static boolean goedeInspanning(Verwijtbaarheidsfeiten feiten, Handhavingsregels regels,
            List<String> overwegingen) {
        if (feiten.urenOngeoorloofdVerzuim() > 0) {
            overwegingen.add("Ongeoorloofd verzuim: " + feiten.urenOngeoorloofdVerzuim() + " uur.");
            return false;
        }
        if (feiten.urenAangeboden() == 0) {
            overwegingen.add("Geen inspanning bekend.");
            return false;
        }
        boolean genoeg = feiten.urenAanwezig() * 100L >= (long) regels.aanwezigheidsdrempelProcent()
                * feiten.urenAangeboden();
        overwegingen.add("Aanwezig " + feiten.urenAanwezig() + " van " + feiten.urenAangeboden() + " aangeboden uur"
                + (genoeg ? "" : ", minder dan " + regels.aanwezigheidsdrempelProcent() + "%") + ".");
        return genoeg;
    }

    private static void indicatie(Boeteonderdeel onderdeel, Set<Boeteonderdeel> open, Boolean verwijtbaarVolgensGemeente,
            Set<Boeteonderdeel> verwijtbaar, List<String> overwegingen) {
        if (!open.contains(onderdeel)) {
            return;
        }
        if (Boolean.FALSE.equals(verwijtbaarVolgensGemeente)) {
            overwegingen.add(onderdeel + " niet afgerond, volgens de gemeente niet verwijtbaar.");
        } else {
            verwijtbaar.add(onderdeel);
            overwegingen.add(onderdeel + " niet afgerond" + (verwijtbaarVolgensGemeente == null
                    ? " zonder indicatie van de gemeente." : ", volgens de gemeente verwijtbaar."));
        }
    }

    private static Verwijtbaarheidsoordeel verlenging(Uitkomst uitkomst, Verlengingsgrond grond, Period periode,
            String overweging) {
        return new Verwijtbaarheidsoordeel(uitkomst, grond, periode, List.of(), List.of(overweging));
    }
}
