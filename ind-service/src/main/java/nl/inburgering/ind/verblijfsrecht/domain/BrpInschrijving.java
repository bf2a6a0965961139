package nl.inburgering.ind.verblijfsrecht.domain;

import java.time.LocalDate;

import nl.inburgering.platform.bsn.Bsn;

/** What IND learns from the BRP: where and since when the person is ingezetene. */
public record BrpInschrijving(Bsn bsn, String gemeentecode, LocalDate datumInschrijving) {
}
