package nl.inburgering.ind.monitoring.domain;

import java.time.LocalDate;

/**
 * IND's #22 record of one person on a peildatum: the pseudonym for CBS only (never the BSN), the verblijfsdoel (its
 * name), the ingangsdatum, the nationaliteit (ISO 3166-1 alpha-2) and only the geboortejaar (dataminimalisatie).
 */
public record VerblijfsgegevensVoorCbs(String pseudoniem, LocalDate peildatum, String verblijfsdoel,
        LocalDate ingangsdatum, String nationaliteit, int geboortejaar) {
}
