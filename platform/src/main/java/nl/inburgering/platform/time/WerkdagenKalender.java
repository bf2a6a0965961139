package nl.inburgering.platform.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Werkdagen volgens de Algemene termijnenwet (Atw).
 *
 * <p>Een <b>werkdag</b> is een dag die geen zaterdag, geen zondag en geen feestdag is. Een <b>feestdag</b> is:
 * <ul>
 *   <li>een algemeen erkende feestdag van art. 3 lid 1 Atw: Nieuwjaarsdag, Tweede Paasdag, Koningsdag
 *       (27 april, of 26 april als 27 april een zondag is), 5 mei (elk jaar, niet alleen in lustrumjaren),
 *       Hemelvaartsdag, Tweede Pinksterdag, Eerste en Tweede Kerstdag;</li>
 *   <li>Goede Vrijdag, die art. 3 lid 2 Atw daarmee gelijkstelt;</li>
 *   <li>een dag die per Koninklijk Besluit is gelijkgesteld (art. 3 lid 3 Atw), bijvoorbeeld de vrijdag na
 *       Hemelvaartsdag in sommige jaren. Die dagen zijn configuratie: ze worden aan de constructor meegegeven.</li>
 * </ul>
 * Zie {@link Feestdag} voor de berekening van de vaste en de van Pasen afgeleide feestdagen en voor het
 * ondersteunde jaarbereik; methodes die een datum buiten dat bereik moeten beoordelen gooien een
 * {@link IllegalArgumentException}.
 *
 * <p>Instanties zijn immutable en thread-safe.
 */
public final class WerkdagenKalender {

    /** Wettelijke feestdagen (art. 3 lid 1 en 2) per jaar; hangt niet af van configuratie, dus gedeeld. */
    private static final Map<Integer, Set<LocalDate>> WETTELIJKE_FEESTDAGEN_PER_JAAR = new ConcurrentHashMap<>();

    private final Set<LocalDate> gelijkgesteldeDagen;

    /** Kalender zonder bij Koninklijk Besluit gelijkgestelde dagen. */
    public WerkdagenKalender() {
        this(Set.of());
    }

    /**
     * Kalender met extra, bij Koninklijk Besluit (art. 3 lid 3 Atw) met een feestdag gelijkgestelde dagen.
     *
     * @param gelijkgesteldeDagen de gelijkgestelde dagen; wordt gekopieerd. Mag geen {@code null} bevatten.
     */
    public WerkdagenKalender(Set<LocalDate> gelijkgesteldeDagen) {
        Objects.requireNonNull(gelijkgesteldeDagen, "gelijkgesteldeDagen");
        this.gelijkgesteldeDagen = Set.copyOf(gelijkgesteldeDagen);
    }

    /** Kalender zonder bij Koninklijk Besluit gelijkgestelde dagen. */
    public static WerkdagenKalender standaard() {
        return new WerkdagenKalender();
    }

    /** Eerste Paasdag van het jaar (anoniem Gregoriaans algoritme); zie {@link Feestdag#paaszondag(int)}. */
    public static LocalDate paaszondag(int jaar) {
        return Feestdag.paaszondag(jaar);
    }

    /** De geconfigureerde, bij Koninklijk Besluit gelijkgestelde dagen (onwijzigbaar). */
    public Set<LocalDate> gelijkgesteldeDagen() {
        return gelijkgesteldeDagen;
    }

    /**
     * Alle dagen in het jaar die voor de Atw als feestdag gelden: de wettelijke feestdagen (art. 3 lid 1 en 2)
     * plus de geconfigureerde gelijkgestelde dagen (lid 3) in dat jaar. Ook feestdagen die in het weekend
     * vallen zitten erin. Onwijzigbaar, oplopend gesorteerd.
     *
     * @throws IllegalArgumentException als het jaar niet wordt ondersteund (zie {@link Feestdag})
     */
    public Set<LocalDate> feestdagen(int jaar) {
        SortedSet<LocalDate> alle = new TreeSet<>(wettelijkeFeestdagen(jaar));
        for (LocalDate dag : gelijkgesteldeDagen) {
            if (dag.getYear() == jaar) {
                alle.add(dag);
            }
        }
        return Collections.unmodifiableSortedSet(alle);
    }

    /**
     * Of de datum voor de Atw een feestdag is: een wettelijke feestdag (art. 3 lid 1 en 2) of een
     * geconfigureerde gelijkgestelde dag (lid 3). Een gewone zaterdag of zondag is géén feestdag.
     */
    public boolean isFeestdag(LocalDate datum) {
        Objects.requireNonNull(datum, "datum");
        return gelijkgesteldeDagen.contains(datum) || wettelijkeFeestdagen(datum.getYear()).contains(datum);
    }

    /** Of de datum een werkdag is: geen zaterdag, geen zondag en geen feestdag ({@link #isFeestdag}). */
    public boolean isWerkdag(LocalDate datum) {
        Objects.requireNonNull(datum, "datum");
        DayOfWeek dag = datum.getDayOfWeek();
        return dag != DayOfWeek.SATURDAY && dag != DayOfWeek.SUNDAY && !isFeestdag(datum);
    }

    /**
     * De n-de werkdag na {@code start}. De startdag zelf telt nooit mee, ook niet als het een werkdag is;
     * dus "1 werkdag na het signaal" is {@code plusWerkdagen(signaaldatum, 1)}, ongeacht of het signaal op
     * een werkdag of in het weekend binnenkwam.
     *
     * <p>Bij {@code n == 0} is het resultaat {@code start} als dat een werkdag is, anders de eerstvolgende
     * werkdag (gelijk aan {@link #verlengTotWerkdag}). Let op: vanaf een niet-werkdag geven {@code n == 0}
     * en {@code n == 1} daardoor dezelfde datum.
     *
     * @throws IllegalArgumentException als {@code n} negatief is
     */
    public LocalDate plusWerkdagen(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        if (n < 0) {
            throw new IllegalArgumentException("Aantal werkdagen mag niet negatief zijn, maar was " + n);
        }
        if (n == 0) {
            return verlengTotWerkdag(start);
        }
        LocalDate datum = start;
        int resterend = n;
        while (resterend > 0) {
            datum = datum.plusDays(1);
            if (isWerkdag(datum)) {
                resterend--;
            }
        }
        return datum;
    }

    /**
     * Het aantal werkdagen in het halfopen interval ({@code vanExclusief}, {@code totEnMet}]. Gelijke data
     * geven 0. Voor een werkdag {@code totEnMet} na {@code vanExclusief} geldt
     * {@code plusWerkdagen(vanExclusief, werkdagenTussen(vanExclusief, totEnMet)).equals(totEnMet)}.
     *
     * @throws IllegalArgumentException als {@code totEnMet} vóór {@code vanExclusief} ligt
     */
    public long werkdagenTussen(LocalDate vanExclusief, LocalDate totEnMet) {
        Objects.requireNonNull(vanExclusief, "vanExclusief");
        Objects.requireNonNull(totEnMet, "totEnMet");
        if (totEnMet.isBefore(vanExclusief)) {
            throw new IllegalArgumentException("Einddatum " + totEnMet + " ligt vóór begindatum " + vanExclusief);
        }
        long aantal = 0;
        for (LocalDate datum = vanExclusief.plusDays(1); !datum.isAfter(totEnMet); datum = datum.plusDays(1)) {
            if (isWerkdag(datum)) {
                aantal++;
            }
        }
        return aantal;
    }

    /**
     * Art. 1 lid 1 Atw: een termijn die eindigt op een zaterdag, zondag of feestdag wordt verlengd tot en met
     * de eerstvolgende werkdag. Een einddatum die al een werkdag is, blijft staan.
     */
    public LocalDate verlengTotWerkdag(LocalDate einde) {
        Objects.requireNonNull(einde, "einde");
        LocalDate datum = einde;
        while (!isWerkdag(datum)) {
            datum = datum.plusDays(1);
        }
        return datum;
    }

    @Override
    public String toString() {
        return "WerkdagenKalender[gelijkgesteldeDagen=" + new TreeSet<>(gelijkgesteldeDagen) + "]";
    }

    private static Set<LocalDate> wettelijkeFeestdagen(int jaar) {
        Feestdag.controleerJaar(jaar);
        return WETTELIJKE_FEESTDAGEN_PER_JAAR.computeIfAbsent(jaar, WerkdagenKalender::berekenWettelijkeFeestdagen);
    }

    private static Set<LocalDate> berekenWettelijkeFeestdagen(int jaar) {
        Set<LocalDate> dagen = new TreeSet<>();
        for (Feestdag feestdag : EnumSet.allOf(Feestdag.class)) {
            dagen.add(feestdag.datumIn(jaar));
        }
        return Collections.unmodifiableSet(dagen);
    }
}
