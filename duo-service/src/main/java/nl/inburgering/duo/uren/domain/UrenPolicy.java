package nl.inburgering.duo.uren.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rules for a stand of gevolgde uren (DUO GevolgdeUren API 1.0.0): every count is a whole number from 0 to
 * 9999; participatieactiviteiten during the brede intake count only for the Z-route of an asielstatushouder
 * (the spec's description; Besluit inburgering 2021 art. 3.14: 800 hours of participation for
 * asielstatushouders only). A stand is cumulative: a later peildatum replaces an earlier one, an older one never
 * overwrites a newer.
 */
public final class UrenPolicy {

    public static final int MAXIMUM = 9999;

    private UrenPolicy() {
    }

    public record Overtreding(Urensoort soort, String code, String omschrijving) {
    }

    /** Every violation of the stand at once; empty when it may be registered. */
    public static List<Overtreding> beoordeel(Map<Urensoort, Integer> stand, boolean asielstatushouder) {
        List<Overtreding> overtredingen = new ArrayList<>();
        stand.forEach((soort, uren) -> {
            if (uren == null) {
                overtredingen.add(new Overtreding(soort, "required", "Het aantal uren ontbreekt."));
            } else if (uren < 0 || uren > MAXIMUM) {
                overtredingen.add(new Overtreding(soort, "range",
                        "Het aantal uren is een geheel getal van 0 tot en met " + MAXIMUM + "."));
            } else if (soort == Urensoort.PARTICIPATIEACTIVITEITEN_BREDE_INTAKE && uren > 0 && !asielstatushouder) {
                overtredingen.add(new Overtreding(soort, "doelgroep",
                        "Uren participatieactiviteiten tellen alleen mee voor de Z-route van een asielstatushouder."));
            }
        });
        return overtredingen;
    }

    /** Whether a stand with {@code nieuwe} peildatum replaces the one registered with {@code bestaande}. */
    public static boolean vervangt(LocalDate nieuwe, LocalDate bestaande) {
        return bestaande == null || !nieuwe.isBefore(bestaande);
    }
}
