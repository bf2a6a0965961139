package nl.inburgering.duo.examen.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The gratis examenpogingen a person still has per onderdeel (DUO's Examen API, {@code gratispogingen}): the
 * configured number per onderdeel ({@code keten.duo.examen.gratis-pogingen-per-onderdeel}, decision 0022) minus the
 * pogingen used. A poging is used by every definitive uitslag (Geslaagd, Gezakt) and by Geen when it is the
 * inburgeraar's own doing (Verwijtbaar, Absent); Geen Nietverwijtbaar and Afgemeld (in time) cost no poging. Never
 * below 0, never above the API's 99.
 */
public final class GratisPogingenPolicy {

    /** An uitslag as the policy needs it. */
    public record Poging(Onderdeel onderdeel, Uitslag uitslag, RedenGeenResultaat reden) {
    }

    private GratisPogingenPolicy() {
    }

    public static boolean kostPoging(Uitslag uitslag, RedenGeenResultaat reden) {
        return uitslag != Uitslag.GEEN || reden == RedenGeenResultaat.VERWIJTBAAR || reden == RedenGeenResultaat.ABSENT;
    }

    public static Map<Onderdeel, Integer> tegoed(int perOnderdeel, List<Poging> pogingen) {
        Map<Onderdeel, Integer> tegoed = new EnumMap<>(Onderdeel.class);
        for (Onderdeel onderdeel : Onderdeel.values()) {
            long gebruikt = pogingen.stream().filter(p -> p.onderdeel() == onderdeel)
                    .filter(p -> kostPoging(p.uitslag(), p.reden())).count();
            tegoed.put(onderdeel, (int) Math.max(0, Math.min(99, perOnderdeel - gebruikt)));
        }
        return tegoed;
    }
}
