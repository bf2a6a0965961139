package nl.inburgering.ind.verblijfsrecht.domain;

import java.time.LocalDate;

/** A verblijfsrecht granted by IND. */
public record Verblijfsvergunning(String vNummer, String bsn, LocalDate geboortedatum, String nationaliteit,
        Verblijfsdoel verblijfsdoel, boolean referentIsAsielstatushouder, LocalDate ingangsdatum) {
}
