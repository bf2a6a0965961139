package nl.inburgering.ind.verblijfsrecht.domain;

import java.time.LocalDate;

/** What IND learns from the BRP: where and since when the person is ingezetene. */
public record BrpInschrijving(String bsn, String gemeentecode, LocalDate datumInschrijving) {
}
