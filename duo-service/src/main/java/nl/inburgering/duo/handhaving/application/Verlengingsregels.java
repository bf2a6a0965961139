package nl.inburgering.duo.handhaving.application;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

import nl.inburgering.duo.handhaving.domain.Verwijtbaarheidsoordeel.Verlengingsgrond;

/**
 * When DUO extends a termijn, from configuration: the code of DUO's verlengingsgronden list per reason of its own
 * judgement, the gronden of a bijzondere situatie that may extend any time (seed §9.3.3), and from how long before
 * the end an aanvraag or another ambtshalve verlenging may come (§9.3.2: 6 months).
 */
public record Verlengingsregels(Map<Verlengingsgrond, String> codes, List<String> ambtshalveAltijd,
        Period vanafVoorEinde) {

    public Verlengingsregels {
        codes = Map.copyOf(codes);
        ambtshalveAltijd = List.copyOf(ambtshalveAltijd);
    }

    public String code(Verlengingsgrond grond) {
        return codes.get(grond);
    }

    /** The first day an aanvraag (or an ambtshalve verlenging on an ordinary grond) may come. */
    public LocalDate vanaf(LocalDate einddatum) {
        return einddatum.minus(vanafVoorEinde);
    }
}
