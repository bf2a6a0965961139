package nl.inburgering.duo.pip.domain;

import java.time.LocalDate;

import nl.inburgering.platform.bsn.Bsn;

/** Stelseldienst #5: the termijn the first PIP set, for the gemeente of that PIP. */
public record InburgeringstermijnVastgesteld(Bsn bsn, String gemeentecode, LocalDate startdatum, LocalDate einddatum, LocalDate dagtekeningPip, LocalDate datumVaststelling) {
}
