package nl.inburgering.ind.verblijfsrecht.application;

import java.time.LocalDate;

import nl.inburgering.ind.verblijfsrecht.domain.SoortWijziging;
import nl.inburgering.ind.verblijfsrecht.domain.Verblijfsdoel;

/**
 * Command: IND registers a change of the verblijfsrecht with this V-nummer (seed §13.4, §13.5).
 *
 * @param nieuwVerblijfsdoel only for VERBLIJFSDOEL_GEWIJZIGD
 */
public record VerblijfsrechtWijzigen(String vNummer, SoortWijziging soort, Verblijfsdoel nieuwVerblijfsdoel,
        boolean referentIsAsielstatushouder, LocalDate ingangsdatum) {
}
