package nl.inburgering.duo.pip.domain;

import java.time.LocalDate;
import java.util.List;

import nl.inburgering.platform.bsn.Bsn;

/** Answer on REGISTRATIE_PIP: DUO registered the inburgeringsaanbod at these instellingen. */
public record InburgeringsaanbodGeregistreerd(Bsn bsn, String gemeentecode, LocalDate datumInburgeringsaanbod, List<String> instellingsnummers, LocalDate datumRegistratie) {
}
