package nl.inburgering.duo.dossier.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * The configurable values behind the plicht: the minimum age (18 in practice, art. 3 Wi2021 with the
 * leerplicht and kwalificatieplicht), the AOW-leeftijd per calendar year, and the nationalities that are
 * never plichtig (EU, EER, Zwitserland). Kept as data so they can be corrected without a release.
 */
public record PlichtRegels(int minimumLeeftijd, NavigableMap<Integer, Period> aowLeeftijdPerJaar,
        Set<String> vrijgesteldeNationaliteiten) {

    public PlichtRegels {
        if (aowLeeftijdPerJaar.isEmpty()) {
            throw new IllegalArgumentException("de AOW-leeftijd per jaar ontbreekt");
        }
        aowLeeftijdPerJaar = new TreeMap<>(aowLeeftijdPerJaar);
        vrijgesteldeNationaliteiten = Set.copyOf(vrijgesteldeNationaliteiten);
    }

    public static PlichtRegels van(int minimumLeeftijd, Map<Integer, Period> aowLeeftijdPerJaar,
            Set<String> vrijgesteldeNationaliteiten) {
        return new PlichtRegels(minimumLeeftijd, new TreeMap<>(aowLeeftijdPerJaar), vrijgesteldeNationaliteiten);
    }

    public LocalDate datumMinimumLeeftijd(LocalDate geboortedatum) {
        return geboortedatum.plusYears(minimumLeeftijd);
    }

    /**
     * The day someone born on {@code geboortedatum} reaches the AOW-leeftijd: the first year in which
     * the birthday plus that year's AOW-leeftijd falls in that same year. Years after the table use its
     * last value.
     */
    public LocalDate aowDatum(LocalDate geboortedatum) {
        int eersteJaar = aowLeeftijdPerJaar.firstKey();
        for (int jaar = Math.max(eersteJaar, geboortedatum.getYear() + 60); ; jaar++) {
            LocalDate kandidaat = geboortedatum.plus(aowLeeftijd(jaar));
            if (kandidaat.getYear() <= jaar) {
                return kandidaat;
            }
        }
    }

    private Period aowLeeftijd(int jaar) {
        var regel = aowLeeftijdPerJaar.floorEntry(jaar);
        return regel != null ? regel.getValue() : aowLeeftijdPerJaar.firstEntry().getValue();
    }

    public boolean isVrijgesteldeNationaliteit(String nationaliteit) {
        return vrijgesteldeNationaliteiten.contains(nationaliteit);
    }
}
