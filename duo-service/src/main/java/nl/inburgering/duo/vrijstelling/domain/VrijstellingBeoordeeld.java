package nl.inburgering.duo.vrijstelling.domain;

import java.time.LocalDate;
import java.util.List;

import nl.inburgering.platform.bsn.Bsn;

/**
 * Stelseldienst #11 Eindoordeel vrijstelling (seed §10.2): DUO decided on a vrijstelling, granted or refused, on request
 * or ambtshalve, for the gemeente that has the plicht (IND reads it too, per the catalogue).
 */
public record VrijstellingBeoordeeld(Bsn bsn, String gemeentecode, Besluit besluit, LocalDate datumOordeel) {
}
