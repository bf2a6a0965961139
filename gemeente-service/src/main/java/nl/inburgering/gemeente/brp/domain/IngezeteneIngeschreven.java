package nl.inburgering.gemeente.brp.domain;

import java.time.LocalDate;

import nl.inburgering.platform.bsn.Bsn;

/** Domain event: the gemeente ingeschreven a vreemdeling as ingezetene (BRP, to IND and DUO). */
public record IngezeteneIngeschreven(Bsn bsn, String gemeentecode, LocalDate datumInschrijving,
        LocalDate geboortedatum) {
}
