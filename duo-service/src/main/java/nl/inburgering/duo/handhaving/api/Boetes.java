package nl.inburgering.duo.handhaving.api;

import java.time.LocalDate;

import nl.inburgering.platform.bsn.Bsn;

/**
 * The boetes DUO imposed in handhaving op resultaat. It records nothing in the Logboek itself: the caller reads within
 * its own verwerking.
 */
public interface Boetes {

    /** How many boetes DUO imposed on the person up to and including {@code peildatum}. */
    int aantalOpgelegd(Bsn bsn, LocalDate peildatum);
}
