package nl.inburgering.duo.pip.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Wi2021 art. 11: the inburgeringstermijn is three years and starts the day after the dagtekening of the FIRST
 * PIP. A later, changed or herroepen PIP never moves it (only verlenging and a boete do, elsewhere).
 *
 * <p>The einddatum is inclusive and equals the dagtekening plus three years: three calendar years counted from
 * the day after the dagtekening end on the anniversary of the dagtekening. This is the same as begindatum + 3
 * years - 1 day, except when the termijn starts on 29 February: java.time moves 29 February 2031 to 28 February,
 * and subtracting a day would then cost the inburgeraar a day (27 February), so we count from the dagtekening.
 */
public final class InburgeringstermijnPolicy {

    private static final int JAREN = 3;

    private InburgeringstermijnPolicy() {
    }

    public static Inburgeringstermijn bepaal(LocalDate dagtekeningEerstePip) {
        return new Inburgeringstermijn(dagtekeningEerstePip.plusDays(1), dagtekeningEerstePip.plusYears(JAREN));
    }

    /**
     * The termijn from all PIP dagtekeningen DUO ever registered for the person, in any order. The earliest one is
     * the first PIP: a gewijzigde PIP may not be dated before the initiële PIP, so the earliest is the initiële.
     * Empty when no PIP was registered yet: then there is no termijn.
     */
    public static Optional<Inburgeringstermijn> bepaal(Collection<LocalDate> dagtekeningenGeregistreerdePips) {
        return dagtekeningenGeregistreerdePips.stream()
                .min(Comparator.naturalOrder())
                .map(InburgeringstermijnPolicy::bepaal);
    }
}
