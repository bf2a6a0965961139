package nl.inburgering.duo.dossier.api;

import java.time.Instant;
import java.time.LocalDate;

import nl.inburgering.platform.bsn.Bsn;

/**
 * The plicht of a person ended (voldaan, and later vrijstelling, ontheffing or another reason). An application event
 * published in the transaction that ends it and handled there (synchronously): the deadlines of the person are
 * dropped with it or not at all.
 */
public record PlichtBeeindigd(Bsn bsn, LocalDate einddatum, Reden reden, Instant op) {

    public enum Reden { VOLDAAN, VOLLEDIGE_VRIJSTELLING, VOLLEDIGE_ONTHEFFING, OVERIG }
}
