package nl.inburgering.duo.termijnbewaking.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import nl.inburgering.duo.termijnbewaking.api.Deadlinesoort;
import nl.inburgering.platform.time.WerkdagenKalender;

/**
 * When DUO acts on a person's inburgeringstermijn (seed §9.3.1, §14.2.1), as dates.
 *
 * <ul>
 * <li>The termijn's einddatum is inclusive. It is a termijn set by law (Wi2021 art. 7), so the Algemene termijnenwet
 * art. 1 lid 1 applies: a termijn that ends on a Saturday, Sunday or (gelijkgestelde) feestdag runs on until and
 * including the next werkdag. {@link #laatsteDag} is that day; {@code einde} below is the day after it, the first day
 * the termijn is overschreden.</li>
 * <li>{@link Deadlinesoort#KENNISGEVING_TWEE_MAANDEN_VOOR_EINDE}: {@code einde} minus two months;
 * {@link Deadlinesoort#VIER_WEKEN_VOOR_EINDE}: {@code einde} minus 28 days; {@link Deadlinesoort#EINDE_TERMIJN}:
 * {@code einde}; {@link Deadlinesoort#VIER_WEKEN_NA_EINDE}: {@code einde} plus 28 days. These are DUO's own moments
 * to act, not termijnen of the inburgeraar, so they are not moved to a werkdag.</li>
 * <li>After a #7 signal that asks for data the gemeente has 10 werkdagen (seed §14.2.1), counted from the day after
 * the signal; {@link Deadlinesoort#LEVERTERMIJN_GEMEENTE} falls on the day after the last of them.</li>
 * <li>{@link Deadlinesoort#TIEN_WEKEN_LEERROUTE}: 70 days after the plicht reached the gemeente.</li>
 * </ul>
 */
public final class Termijnbewakingspolicy {

    /** The werkdagen the gemeente has to deliver after a #7 signal (seed §14.2.1). */
    public static final int LEVERTERMIJN_WERKDAGEN = 10;

    private final WerkdagenKalender kalender;

    public Termijnbewakingspolicy(WerkdagenKalender kalender) {
        this.kalender = Objects.requireNonNull(kalender, "kalender");
    }

    /** A deadline to plan: its kind and the day it falls due. */
    public record GeplandeDeadline(Deadlinesoort soort, LocalDate vervaldag) {
    }

    /** The deadlines that hang on a termijn ending (inclusive) on {@code einddatum}, in the order they fall due. */
    public List<GeplandeDeadline> termijndeadlines(LocalDate einddatum) {
        LocalDate einde = laatsteDag(einddatum).plusDays(1);
        return List.of(
                new GeplandeDeadline(Deadlinesoort.KENNISGEVING_TWEE_MAANDEN_VOOR_EINDE, einde.minusMonths(2)),
                new GeplandeDeadline(Deadlinesoort.VIER_WEKEN_VOOR_EINDE, einde.minusWeeks(4)),
                new GeplandeDeadline(Deadlinesoort.EINDE_TERMIJN, einde),
                new GeplandeDeadline(Deadlinesoort.VIER_WEKEN_NA_EINDE, einde.plusWeeks(4)));
    }

    /** The last day of the termijn after art. 1 lid 1 Atw: the einddatum, or the next werkdag if it is none. */
    public LocalDate laatsteDag(LocalDate einddatum) {
        return kalender.verlengTotWerkdag(einddatum);
    }

    /** The last day the gemeente has to deliver after a signal on {@code signaaldag}: 10 werkdagen later. */
    public LocalDate uiterlijkeLeverdatum(LocalDate signaaldag) {
        return kalender.plusWerkdagen(signaaldag, LEVERTERMIJN_WERKDAGEN);
    }

    /** The gemeente's 10 werkdagen after a signal on {@code signaaldag} have passed: the day after the last. */
    public GeplandeDeadline levertermijnGemeente(LocalDate signaaldag) {
        return new GeplandeDeadline(Deadlinesoort.LEVERTERMIJN_GEMEENTE, uiterlijkeLeverdatum(signaaldag).plusDays(1));
    }

    /** Ten weeks after the plicht reached the gemeente on {@code geleverdOp}: the leerroute should be set. */
    public GeplandeDeadline tienWekenLeerroute(LocalDate geleverdOp) {
        return new GeplandeDeadline(Deadlinesoort.TIEN_WEKEN_LEERROUTE, geleverdOp.plusWeeks(10));
    }
}
