package nl.inburgering.duo.plichteinde.application;

import java.time.LocalDate;

import nl.inburgering.platform.bsn.Bsn;

/** Command: the BRP reports that an ingezetene of {@code gemeentecode} left for the buitenland (seed §13.3). */
public record VertrekVerwerken(Bsn bsn, String gemeentecode, LocalDate datumVertrek, String landVanVertrek) {
}
