package nl.inburgering.duo.pip.domain;

import java.time.LocalDate;

import nl.inburgering.platform.bsn.Bsn;

/** Stelseldienst answer on REGISTRATIE_PIP: DUO registered the PIP; {@code eerstePip} when it set the termijn. */
public record PipGeregistreerd(Bsn bsn, String gemeentecode, LocalDate dagtekeningPip, Leerroute leerroute, Niveau niveau, boolean eerstePip, LocalDate datumRegistratie) {
}
