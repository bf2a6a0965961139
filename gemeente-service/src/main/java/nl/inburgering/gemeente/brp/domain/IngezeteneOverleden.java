package nl.inburgering.gemeente.brp.domain;

import java.time.LocalDate;

import nl.inburgering.platform.bsn.Bsn;

/** Domain event: an ingezetene of {@code gemeentecode} died (BRP, to DUO and COA). */
public record IngezeteneOverleden(Bsn bsn, String gemeentecode, LocalDate datumOverlijden) {
}
