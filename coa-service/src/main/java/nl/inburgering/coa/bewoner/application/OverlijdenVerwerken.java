package nl.inburgering.coa.bewoner.application;

import java.time.LocalDate;

import nl.inburgering.platform.bsn.Bsn;

/** Command: the BRP reports that an ingezetene died. */
public record OverlijdenVerwerken(Bsn bsn, LocalDate datumOverlijden) {
}
