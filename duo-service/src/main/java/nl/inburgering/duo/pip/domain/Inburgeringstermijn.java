package nl.inburgering.duo.pip.domain;

import java.time.LocalDate;

/**
 * The inburgeringstermijn (Wi2021 art. 11), both ends inclusive: the inburgeraar has until and including
 * {@code einddatum}.
 */
public record Inburgeringstermijn(LocalDate begindatum, LocalDate einddatum) {

    public Inburgeringstermijn {
        if (einddatum.isBefore(begindatum)) {
            throw new IllegalArgumentException("einddatum " + einddatum + " ligt voor begindatum " + begindatum);
        }
    }

    public boolean omvat(LocalDate datum) {
        return !datum.isBefore(begindatum) && !datum.isAfter(einddatum);
    }
}
