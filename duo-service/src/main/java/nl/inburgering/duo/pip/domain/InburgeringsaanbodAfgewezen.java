package nl.inburgering.duo.pip.domain;

import java.time.LocalDate;
import java.util.List;

import nl.inburgering.platform.bsn.Bsn;

/** Answer on REGISTRATIE_PIP: DUO refused the inburgeringsaanbod, with every reason. */
public record InburgeringsaanbodAfgewezen(Bsn bsn, String gemeentecode, LocalDate datumInburgeringsaanbod, List<Overtreding> redenen, LocalDate datumAfwijzing) {
}
