package nl.inburgering.duo.pip.domain;

import java.time.LocalDate;

import nl.inburgering.platform.bsn.Bsn;

/**
 * Stelseldienst #5: the termijn was extended or replaced after a boete (seed §9.3), for the gemeente of the person.
 *
 * @param verlengingsgrondcode null for a new termijn after a boete
 */
public record InburgeringstermijnGewijzigd(Bsn bsn, String gemeentecode, Reden reden, LocalDate startdatum,
        LocalDate einddatum, LocalDate vorigeEinddatum, String verlengingsgrondcode,
        String verlengingsgrondomschrijving, LocalDate datumWijziging) {

    public enum Reden {
        VERLENGING_OP_VERZOEK, VERLENGING_AMBTSHALVE, NIEUWE_TERMIJN_NA_BOETE,
        /** Lengthened by the time a tijdelijke vrijstelling stood the plicht still (issue 15). */
        TIJDELIJKE_VRIJSTELLING_INGETROKKEN
    }
}
