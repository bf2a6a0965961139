package nl.inburgering.duo.plichteinde.application;

import java.time.LocalDate;

import nl.inburgering.platform.bsn.Bsn;

/** Command: the BRP reports that an ingezetene died. */
public record OverlijdenVerwerken(Bsn bsn, String gemeentecode, LocalDate datumOverlijden) {
}
