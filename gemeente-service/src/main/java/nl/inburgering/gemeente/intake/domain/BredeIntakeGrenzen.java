package nl.inburgering.gemeente.intake.domain;

import java.util.Optional;

/**
 * How much of a brede intake one person can have (issue 11, item 10; decision 0015). One person got 6,379 oproepen
 * in 20 seconds, and his brede intake became a 938 KB answer. The seed (§4.2, §9.2) describes a brede intake of a
 * few conversations, after three no-shows the gemeente sets the PIP itself: a handful of oproepen open at a time, a
 * few dozen in all, and a few afspraken for the leerbaarheidstoets are plenty. The handhaving follows the no-shows,
 * so it is bounded by these two.
 */
public final class BredeIntakeGrenzen {

    /** Oproepen without a recorded opkomst at one time: an intakegesprek, vervolggesprekken, a PIP-gesprek. */
    public static final int MAXIMAAL_OPEN_OPROEPEN = 5;
    /** Oproepen in one person's brede intake at one gemeente. */
    public static final int MAXIMAAL_OPROEPEN = 50;
    /** Afspraken for the leerbaarheidstoets of one person at one gemeente (one open at a time, herkansingen). */
    public static final int MAXIMAAL_AFSPRAKEN = 10;
    /** The brede intake itself shows the latest oproepen; all of them are in the paged list of oproepen. */
    public static final int GETOONDE_OPROEPEN = 10;

    private BredeIntakeGrenzen() {
    }

    /** Why a new oproep is refused, if it is. */
    public static Optional<String> nieuweOproep(long open, long totaal) {
        if (totaal >= MAXIMAAL_OPROEPEN) {
            return Optional.of("Deze inburgeraar heeft al " + MAXIMAAL_OPROEPEN + " oproepen voor de brede intake, "
                    + "het maximum; na drie keer niet verschijnen kan de gemeente het PIP eenzijdig vaststellen.");
        }
        if (open >= MAXIMAAL_OPEN_OPROEPEN) {
            return Optional.of("Er staan al " + MAXIMAAL_OPEN_OPROEPEN + " oproepen zonder vastgelegde opkomst open, "
                    + "het maximum; leg eerst de opkomst van een eerdere oproep vast.");
        }
        return Optional.empty();
    }

    /** Why a new afspraak for the leerbaarheidstoets is refused, if it is. */
    public static Optional<String> nieuweAfspraak(long totaal) {
        return totaal >= MAXIMAAL_AFSPRAKEN
                ? Optional.of("Deze inburgeraar heeft al " + MAXIMAAL_AFSPRAKEN + " afspraken voor de "
                        + "leerbaarheidstoets, het maximum.")
                : Optional.empty();
    }
}
