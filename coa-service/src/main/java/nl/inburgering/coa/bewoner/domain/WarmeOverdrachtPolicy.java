package nl.inburgering.coa.bewoner.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Seed §3.3.1-3.3.3: the warme overdracht is a conversation between gemeente, COA (and the inburgeraar) before the
 * gemeente's traject starts. The gemeente takes the initiative and plans it; COA records that it took place and
 * shares the klantprofiel again.
 */
public final class WarmeOverdrachtPolicy {

    private WarmeOverdrachtPolicy() {
    }

    /** Whether the gekoppelde gemeente may (re)plan the warme overdracht. */
    public static Beslissing plannen(boolean uitgestroomd, Optional<LocalDate> gehouden) {
        if (uitgestroomd) {
            return Beslissing.geweigerd("De bewoner is al uitgestroomd naar de gemeente.");
        }
        if (gehouden.isPresent()) {
            return Beslissing.geweigerd("De warme overdracht heeft al plaatsgevonden op " + gehouden.get() + ".");
        }
        return Beslissing.toegestaan();
    }

    /** A warme overdracht is planned today or later, never in the past. */
    public static boolean geldigeDatum(LocalDate datum, LocalDate vandaag) {
        return !datum.isBefore(vandaag);
    }

    /** Whether COA may record that the planned warme overdracht took place. */
    public static Beslissing vastleggen(Optional<LocalDate> gepland, Optional<LocalDate> gehouden,
            boolean uitgestroomd) {
        if (uitgestroomd) {
            return Beslissing.geweigerd("De bewoner is al uitgestroomd naar de gemeente.");
        }
        if (gepland.isEmpty()) {
            return Beslissing.geweigerd("De gekoppelde gemeente heeft (nog) geen warme overdracht gepland; "
                    + "de gemeente neemt daartoe het initiatief.");
        }
        if (gehouden.isPresent()) {
            return Beslissing.geweigerd("De warme overdracht is al vastgelegd op " + gehouden.get() + ".");
        }
        return Beslissing.toegestaan();
    }
}
