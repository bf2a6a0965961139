package nl.inburgering.duo.plichteinde.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * When the other ends of the plicht fall (issue 15 item 5; decision 0033). Pure rules, no state.
 * <ul>
 * <li><b>AOW-leeftijd</b>: inburgeringsplichtig is who has not reached the AOW-leeftijd (Wi2021 art. 3, seed §3.2:
 * "van 18 jaar tot de AOW-leeftijd"). On the day he reaches it he is no longer plichtig: the plicht's last day is the
 * day before. Six months before it, DUO tells the gemeente (SS128) unless that day had already passed when the
 * plicht began: then the #3 vastgesteld itself said so.</li>
 * <li><b>Vertrek</b>: DUO keeps the dossier open "enige tijd" after a vertrek naar het buitenland (seed §13.3); DUO's
 * reden is "Vertrek uit Nederland langer dan een jaar". After a year and a day abroad without a new inschrijving the
 * plicht ends, with the day of the vertrek as its last day: he has not lived here since (NOT VERIFIED against a
 * published rule: DUO publishes only the reden; chosen and written down in decision 0033).</li>
 * <li><b>Overlijden</b>: the plicht's last day is the day of death.</li>
 * </ul>
 */
public final class Plichteinderegels {

    private Plichteinderegels() {
    }

    /** A deadline to plan: which, and on what day. */
    public record Gepland(Soort soort, LocalDate vervaldag) {
    }

    public enum Soort { ZES_MAANDEN_VOOR_AOW_LEEFTIJD, AOW_LEEFTIJD }

    /**
     * The AOW deadlines to plan for a plichtige who reaches the AOW-leeftijd on {@code aowDatum}, today being
     * {@code vandaag}: six months before only when that day is still to come.
     */
    public static List<Gepland> aowDeadlines(LocalDate aowDatum, LocalDate vandaag) {
        List<Gepland> gepland = new ArrayList<>();
        LocalDate zesMaandenVoor = zesMaandenVoorAow(aowDatum);
        if (zesMaandenVoor.isAfter(vandaag)) {
            gepland.add(new Gepland(Soort.ZES_MAANDEN_VOOR_AOW_LEEFTIJD, zesMaandenVoor));
        }
        gepland.add(new Gepland(Soort.AOW_LEEFTIJD, aowDatum));
        return gepland;
    }

    public static LocalDate zesMaandenVoorAow(LocalDate aowDatum) {
        return aowDatum.minusMonths(6);
    }

    /** The last day of a plicht that ends because the person reaches the AOW-leeftijd on {@code aowDatum}. */
    public static LocalDate einddatumBijAowLeeftijd(LocalDate aowDatum) {
        return aowDatum.minusDays(1);
    }

    /** The day a vertrokken plichtige has been abroad for longer than a year. */
    public static LocalDate langerDanEenJaarWeg(LocalDate datumVertrek) {
        return datumVertrek.plusYears(1).plusDays(1);
    }

    /** The last day of a plicht that ends because the person stayed abroad for longer than a year. */
    public static LocalDate einddatumBijVertrek(LocalDate datumVertrek) {
        return datumVertrek;
    }

    /** Whether an inschrijving on {@code datumInschrijving} is a return within the year of a vertrek. */
    public static boolean isTerugkeerBinnenHetJaar(LocalDate datumVertrek, LocalDate datumInschrijving) {
        return !datumInschrijving.isBefore(datumVertrek) && datumInschrijving.isBefore(langerDanEenJaarWeg(datumVertrek));
    }
}
