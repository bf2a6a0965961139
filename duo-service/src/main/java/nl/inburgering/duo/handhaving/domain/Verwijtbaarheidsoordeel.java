package nl.inburgering.duo.handhaving.domain;

import java.math.BigDecimal;
import java.time.Period;
import java.util.List;

/**
 * DUO's judgement of an overschrijding of the termijn.
 *
 * @param grond         why the termijn is extended; null for VERWIJTBAAR and GEEN_OVERSCHRIJDING
 * @param verlenging    how much longer the termijn runs (the verlenging or the new termijn); null for
 *                      GEEN_OVERSCHRIJDING
 * @param boeteregels   only for VERWIJTBAAR: an amount per onderdeel not behaald through his own fault
 * @param overwegingen  the rules that decided, in words (no personal data)
 */
public record Verwijtbaarheidsoordeel(Uitkomst uitkomst, Verlengingsgrond grond, Period verlenging,
        List<Boeteregel> boeteregels, List<String> overwegingen) {

    public Verwijtbaarheidsoordeel {
        boeteregels = List.copyOf(boeteregels);
        overwegingen = List.copyOf(overwegingen);
    }

    public enum Uitkomst {
        /** Nothing is open any more: no handhaving (voldaan is decided elsewhere). */
        GEEN_OVERSCHRIJDING,
        /** Not his fault: the termijn is extended. */
        NIET_VERWIJTBAAR,
        /** His fault, but he is almost done after a real effort: a limited verlenging, no boete. */
        AANZIENLIJKE_INSPANNING,
        /** His fault: a boete and a new termijn. */
        VERWIJTBAAR
    }

    /** Mapped to a code of DUO's verlengingsgronden list in configuration. */
    public enum Verlengingsgrond { GEMEENTE_TE_LAAT, AANZIENLIJKE_INSPANNING, NIET_VERWIJTBAAR }

    public record Boeteregel(Boeteonderdeel onderdeel, BigDecimal bedrag) {
    }

    public BigDecimal totaalbedrag() {
        return boeteregels.stream().map(Boeteregel::bedrag).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
