package nl.inburgering.coa.monitoring.domain;

import java.time.LocalDate;

/**
 * COA's #22 record of one bewoner on a peildatum: the pseudonym for CBS only (never the BSN), the gekoppelde gemeente
 * and the day of the koppeling (null when not gekoppeld), whether he followed voorinburgering and for how many hours.
 */
public record VoorinburgeringVoorCbs(String pseudoniem, LocalDate peildatum, String gemeentecode,
        LocalDate datumKoppeling, boolean voorinburgeringGevolgd, int urenVoorinburgering) {
}
