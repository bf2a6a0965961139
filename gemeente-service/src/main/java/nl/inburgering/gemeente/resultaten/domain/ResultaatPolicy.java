package nl.inburgering.gemeente.resultaten.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the gemeente checks itself before a result goes to DUO, every problem at once: the form (a datum, not in the
 * future; for PVT and MAP a datum or an indicatie verwijtbaarheid; no verwijtbaarheid in the Z-route, which has none)
 * and what only the gemeente's own records tell (an onderdeel of the Z-route only for a person whose actuele PIP is
 * the Z-route; the participatie only for an asielstatushouder, seed §7.2). DUO applies its full rules (the termijn,
 * the order of the dates, the verwijtbaarheid against the termijn) and answers with every reason.
 */
public final class ResultaatPolicy {

    /** What the gemeente knows of the person. */
    public record Persoon(boolean zroute, boolean asielstatushouder) {
    }

    private ResultaatPolicy() {
    }

    public static List<Probleem> beoordeel(Resultaat resultaat, String datumveld, Persoon persoon, LocalDate vandaag) {
        List<Probleem> problemen = new ArrayList<>();
        Onderdeel onderdeel = resultaat.onderdeel();
        if (onderdeel.isZroute()) {
            if (resultaat.datum() == null) {
                problemen.add(new Probleem(datumveld, "required", "De " + datumveld + " is verplicht."));
            }
            if (resultaat.verwijtbaar() != null) {
                problemen.add(new Probleem("verwijtbaar", "not_allowed",
                        "De Z-route kent geen indicatie verwijtbaarheid."));
            }
        } else if (resultaat.datum() == null && resultaat.verwijtbaar() == null) {
            problemen.add(new Probleem(datumveld, "required", "Geef de " + datumveld
                    + " of, als het niet is afgerond, de indicatie verwijtbaarheid (verwijtbaar)."));
        }
        if (resultaat.datum() != null && resultaat.datum().isAfter(vandaag)) {
            problemen.add(new Probleem(datumveld, "future", "De " + datumveld + " mag niet in de toekomst liggen."));
        }
        if (onderdeel.isZroute() && !persoon.zroute()) {
            problemen.add(new Probleem("leerroute", "leerroute",
                    "Het actuele PIP van deze inburgeraar is niet de Z-route; alleen in de Z-route zijn er de"
                            + " participatie en het eindgesprek Z-route."));
        }
        if (onderdeel == Onderdeel.ZROUTE_PARTICIPATIE && !persoon.asielstatushouder()) {
            problemen.add(new Probleem("doelgroep", "doelgroep",
                    "De participatiecomponent van de Z-route is er alleen voor een asielstatushouder."));
        }
        return problemen;
    }
}
