package nl.inburgering.gemeente.pip.application;

import java.time.LocalDate;
import nl.inburgering.platform.bsn.Bsn;

/** Command: DUO set (#5) or changed the inburgeringstermijn, as it delivered it. */
// Also the follow-up of DUO's notifications (notificatie module, decision 0030): the same use case as #3/#5 in.
@org.springframework.modulith.NamedInterface("termijn-opnemen")
public sealed interface InburgeringstermijnOpnemen {

    record TermijnVastgesteld(Bsn bsn, String gemeentecode, LocalDate startdatum, LocalDate einddatum,
            LocalDate dagtekeningPip, LocalDate datumVaststelling) implements InburgeringstermijnOpnemen {
    }

    record TermijnGewijzigd(Bsn bsn, String gemeentecode, String redenWijziging, LocalDate startdatum,
            LocalDate einddatum, LocalDate vorigeEinddatum, String verlengingsgrondcode,
            String verlengingsgrondomschrijving, LocalDate datumWijziging) implements InburgeringstermijnOpnemen {
    }
}
