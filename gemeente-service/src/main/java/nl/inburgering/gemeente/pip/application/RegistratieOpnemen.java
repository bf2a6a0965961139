package nl.inburgering.gemeente.pip.application;

import java.time.LocalDate;
import java.util.List;
import nl.inburgering.gemeente.pip.domain.Leerroute;
import nl.inburgering.gemeente.pip.domain.Niveau;
import nl.inburgering.platform.bsn.Bsn;

/** Command: DUO's answer to #16, a PIP or inburgeringsaanbod registered or rejected. */
public sealed interface RegistratieOpnemen {

    /** A reason DUO gave for a rejection. */
    record Reden(String code, String omschrijving) {
    }

    record PipGeregistreerd(Bsn bsn, String gemeentecode, LocalDate dagtekeningPip, Leerroute leerroute,
            Niveau niveau, LocalDate datumRegistratie) implements RegistratieOpnemen {
    }

    record PipAfgewezen(Bsn bsn, String gemeentecode, LocalDate dagtekeningPip, List<Reden> redenen,
            LocalDate datumAfwijzing) implements RegistratieOpnemen {
    }

    record AanbodGeregistreerd(Bsn bsn, String gemeentecode, LocalDate datumInburgeringsaanbod,
            List<String> instellingsnummers, LocalDate datumRegistratie) implements RegistratieOpnemen {
    }

    record AanbodAfgewezen(Bsn bsn, String gemeentecode, LocalDate datumInburgeringsaanbod,
            List<Reden> redenen, LocalDate datumAfwijzing) implements RegistratieOpnemen {
    }
}
