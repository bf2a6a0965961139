package nl.inburgering.gemeente.overdracht.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * What the old gemeente still has to do for the person who left, on {@code vandaag}, side by side while each holds:
     * GEGEVENS_ACTUALISEREN up to and including the 10th werkdag after the verhuizing (SS122 told it when, by the
     * datumWijziging of DUO's #3 gewijzigd; also after it delivered the overdracht, since #17/#18 are owed to DUO,
     * not to the new gemeente), and OVERDRACHT_LEVEREN from the new gemeente's request until it delivered. Empty when
     * nothing is left; the order is the order of the enum (actualiseren first: it ends first).
     */
    public static List<Vertreksignaal> signalen(LocalDate actualiserenUiterlijk, LocalDate leverenUiterlijk,
            boolean geleverd, LocalDate vandaag) {
        List<Vertreksignaal> signalen = new ArrayList<>();
        if (!vandaag.isAfter(actualiserenUiterlijk)) {
            signalen.add(Vertreksignaal.GEGEVENS_ACTUALISEREN);
        }
        if (leverenUiterlijk != null && !geleverd) {
            signalen.add(Vertreksignaal.OVERDRACHT_LEVEREN);
        }
        return List.copyOf(signalen);
    }

    /**
     * The one signal the departure list showed before both could hold at once (kept for its readers): the overdracht
     * while it is owed, else the actualisering while it holds; null when nothing is left.
     */
    public static Vertreksignaal signaal(List<Vertreksignaal> signalen) {
        return signalen.contains(Vertreksignaal.OVERDRACHT_LEVEREN) ? Vertreksignaal.OVERDRACHT_LEVEREN
                : signalen.stream().findFirst().orElse(null);
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
