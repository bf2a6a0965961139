package nl.inburgering.duo.plichteinde.application;

import java.time.LocalDate;

import nl.inburgering.platform.bsn.Bsn;

/** Command: the BRP reports an inschrijving; for a vertrokken plichtige it is his return. */
public record InschrijvingVerwerken(Bsn bsn, String gemeentecode, LocalDate datumInschrijving) {
}
