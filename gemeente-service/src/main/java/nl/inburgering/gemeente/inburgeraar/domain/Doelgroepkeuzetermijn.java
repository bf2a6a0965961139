package nl.inburgering.gemeente.inburgeraar.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * After DUO changed the doelgroep (#3 gewijzigd DOELGROEP_GEWIJZIGD, seed §13.4) the gemeente has 10 weeks to pass on
 * the doelgroepkeuze (#16). The werkvoorraad signals it from the day of DUO's change for those 10 weeks, until DUO
 * confirmed a keuze (#3 gewijzigd DOELGROEPKEUZE_BEVESTIGD) on or after that change, or the plicht ended.
 */
public final class Doelgroepkeuzetermijn {

    public static final int WEKEN = 10;

    private Doelgroepkeuzetermijn() {
    }

    /**
     * @return the day the signal arose, when it is shown today
     */
    public static Optional<LocalDate> signaalSinds(LocalDate doelgroepGewijzigdOp, LocalDate keuzeBevestigdOp,
            LocalDate vandaag) {
        if (doelgroepGewijzigdOp == null) {
            return Optional.empty();
        }
        if (keuzeBevestigdOp != null && !keuzeBevestigdOp.isBefore(doelgroepGewijzigdOp)) {
            return Optional.empty();
        }
        // "binnen 10 weken na de datum": the last day is the one ten weeks after it, as DUO's DoelgroepkeuzePolicy counts
        if (vandaag.isAfter(doelgroepGewijzigdOp.plusWeeks(WEKEN))) {
            return Optional.empty();
        }
        return Optional.of(doelgroepGewijzigdOp);
    }

    /**
     * The last day the signal can be shown while these facts stand (it has no first day: it shows from the change on,
     * and before it when the clock is set back); empty when it is not shown on any day (decision 0046).
     */
    public static Optional<LocalDate> venster(LocalDate doelgroepGewijzigdOp, LocalDate keuzeBevestigdOp) {
        if (doelgroepGewijzigdOp == null
                || keuzeBevestigdOp != null && !keuzeBevestigdOp.isBefore(doelgroepGewijzigdOp)) {
            return Optional.empty();
        }
        return Optional.of(doelgroepGewijzigdOp.plusWeeks(WEKEN));
    }
}
