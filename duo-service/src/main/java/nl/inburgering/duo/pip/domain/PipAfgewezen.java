package nl.inburgering.duo.pip.domain;

import java.time.LocalDate;
import java.util.List;

import nl.inburgering.platform.bsn.Bsn;

/** Stelseldienst answer on REGISTRATIE_PIP: DUO refused the PIP, with every reason. */
public record PipAfgewezen(Bsn bsn, String gemeentecode, LocalDate dagtekeningPip, boolean wijziging, List<Overtreding> redenen, LocalDate datumAfwijzing) {
}
