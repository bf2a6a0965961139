package nl.inburgering.ind.verblijfsrecht.domain;

import java.time.LocalDate;

import nl.inburgering.platform.bsn.Bsn;

/**
 * A verblijfsrecht granted by IND.
 *
 * @param opvangInCoaLocatie for ASIEL: whether the asielstatushouder lives in a COA location; {@code false} when he
 *                           never did, null when unknown (issue 13, item 8)
 */
public record Verblijfsvergunning(String vNummer, Bsn bsn, LocalDate geboortedatum, String nationaliteit,
        Verblijfsdoel verblijfsdoel, boolean referentIsAsielstatushouder, LocalDate ingangsdatum,
        Boolean opvangInCoaLocatie) {
}
