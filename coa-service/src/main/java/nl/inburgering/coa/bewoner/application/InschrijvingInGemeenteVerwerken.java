package nl.inburgering.coa.bewoner.application;

import java.time.LocalDate;

import nl.inburgering.platform.bsn.Bsn;

/** Command: the BRP tells that a person became ingezetene of a gemeente (an inschrijving or a verhuizing). */
public record InschrijvingInGemeenteVerwerken(Bsn bsn, String gemeentecode, LocalDate datum) {
}
