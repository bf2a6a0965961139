package nl.inburgering.ind.verblijfsrecht.domain;

import java.time.LocalDate;

import nl.inburgering.platform.bsn.Bsn;

/** A verblijfsrecht granted by IND. */
public record Verblijfsvergunning(String vNummer, Bsn bsn, LocalDate geboortedatum, String nationaliteit,
        Verblijfsdoel verblijfsdoel, boolean referentIsAsielstatushouder, LocalDate ingangsdatum) {
}
