package nl.inburgering.ind.verblijfsrecht.domain;

import java.time.LocalDate;

import nl.inburgering.platform.bsn.Bsn;

/**
 * A change of a verblijfsrecht IND registered (seed §13.4, §13.5): which doel the person had and which he has from
 * {@code ingangsdatum}.
 *
 * @param nieuwVerblijfsdoel null when the verblijfsrecht ended or the person was naturalised
 */
public record Verblijfsrechtwijziging(String vNummer, Bsn bsn, SoortWijziging soort, Verblijfsdoel vorigVerblijfsdoel,
        Verblijfsdoel nieuwVerblijfsdoel, boolean referentIsAsielstatushouder, LocalDate ingangsdatum) {
}
