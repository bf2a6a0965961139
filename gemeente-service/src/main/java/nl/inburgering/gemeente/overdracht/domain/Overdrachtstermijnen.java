package nl.inburgering.gemeente.overdracht.domain;

import java.time.LocalDate;

import nl.inburgering.platform.time.WerkdagenKalender;

/**
 * The deadlines of a verhuizing (seed §14.2.1, §14.3).
 *
 * <p>The old gemeente actualises the inspanning and results of the person who left (#17, #18) until 10 werkdagen
 * after the verhuizing (§14.2.1, "bij verhuizing: binnen 10 werkdagen"); it delivers the overdracht (#19) within
 * 1 maand of the new gemeente's request (§14.3, "Overdracht inburgeraar: 1 maand").
 */
public final class Overdrachtstermijnen {

    /** §14.2.1: the actualisering at a verhuizing, in werkdagen after the verhuizing. */
    public static final int ACTUALISEREN_WERKDAGEN = 10;
    /** §14.3: the overdracht, in maanden after the request. */
    public static final int LEVEREN_MAANDEN = 1;

    private Overdrachtstermijnen() {
    }

    public static LocalDate actualiserenUiterlijk(LocalDate datumVerhuizing, WerkdagenKalender kalender) {
        return kalender.plusWerkdagen(datumVerhuizing, ACTUALISEREN_WERKDAGEN);
    }

    public static LocalDate leverenUiterlijk(LocalDate datumVerzoek) {
        return datumVerzoek.plusMonths(LEVEREN_MAANDEN);
    }

    /** What the old gemeente still has to do for the person who left, on {@code vandaag}; null when nothing. */
    public static Vertreksignaal signaal(LocalDate actualiserenUiterlijk, LocalDate leverenUiterlijk,
            boolean geleverd, LocalDate vandaag) {
        if (geleverd) {
            return null;
        }
        if (leverenUiterlijk != null) {
            return Vertreksignaal.OVERDRACHT_LEVEREN;
        }
        return vandaag.isAfter(actualiserenUiterlijk) ? null : Vertreksignaal.GEGEVENS_ACTUALISEREN;
    }

    /**
     * Whether the old gemeente may still deliver #17/#18 for him: until the overdracht is delivered and the 10
     * werkdagen passed; not after both.
     */
    public static boolean magNogActualiseren(LocalDate actualiserenUiterlijk, boolean geleverd, LocalDate vandaag) {
        return !geleverd || !vandaag.isAfter(actualiserenUiterlijk);
    }

    /** The departure list's signal for the old gemeente's klantmanager. */
    public enum Vertreksignaal {
        /** SS122: "moeten er inspanningen en resultaten worden doorgegeven?", until the 10 werkdagen passed. */
        GEGEVENS_ACTUALISEREN,
        /** The new gemeente asked for the dossier (#19): deliver it by leverenUiterlijk. */
        OVERDRACHT_LEVEREN
    }
}
