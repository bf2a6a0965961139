package nl.inburgering.duo.notificatie.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The AOW-leeftijd per calendar year (the same configuration as the plicht's, {@code keten.duo.plicht.aow-leeftijd},
 * SVB), for SS128: "bereikt AOW-leeftijd binnen 6 maanden". The rule is the plicht's: the first year in which the
 * birthday plus that year's AOW-leeftijd falls in that year; years after the table use its last value.
 */
public record AowLeeftijd(NavigableMap<Integer, Period> perJaar) {

    public AowLeeftijd {
        if (perJaar.isEmpty()) {
            throw new IllegalArgumentException("de AOW-leeftijd per jaar ontbreekt");
        }
        perJaar = new TreeMap<>(perJaar);
    }

    public static AowLeeftijd van(Map<Integer, Period> perJaar) {
        return new AowLeeftijd(new TreeMap<>(perJaar));
    }

    public LocalDate aowDatum(LocalDate geboortedatum) {
        for (int jaar = Math.max(perJaar.firstKey(), geboortedatum.getYear() + 60); ; jaar++) {
            var regel = perJaar.floorEntry(jaar);
            LocalDate kandidaat = geboortedatum.plus(regel != null ? regel.getValue() : perJaar.firstEntry().getValue());
            if (kandidaat.getYear() <= jaar) {
                return kandidaat;
            }
        }
    }

    /** Whether someone born on {@code geboortedatum} reaches the AOW-leeftijd within 6 months after {@code dag}. */
    public boolean binnenZesMaanden(LocalDate geboortedatum, LocalDate dag) {
        return geboortedatum != null && aowDatum(geboortedatum).isBefore(dag.plusMonths(6).plusDays(1));
    }
}
