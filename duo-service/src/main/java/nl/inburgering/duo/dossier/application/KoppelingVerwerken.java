package nl.inburgering.duo.dossier.application;

import java.time.LocalDate;

import nl.inburgering.platform.bsn.Bsn;

/** Command: COA coupled an asielstatushouder to a beoogde vestigingsgemeente (#14). */
public record KoppelingVerwerken(Bsn bsn, String gemeentecode, LocalDate datumKoppeling) {
}
