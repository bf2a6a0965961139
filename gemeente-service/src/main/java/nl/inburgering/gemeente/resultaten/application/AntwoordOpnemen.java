package nl.inburgering.gemeente.resultaten.application;

import java.time.LocalDate;
import java.util.List;

import nl.inburgering.gemeente.resultaten.domain.Onderdeel;
import nl.inburgering.platform.bsn.Bsn;

/** Command: DUO's answer to #17, a result registered (or withdrawn) or rejected. */
public sealed interface AntwoordOpnemen {

    Bsn bsn();

    String gemeentecode();

    Onderdeel onderdeel();

    /** A reason DUO gave for a rejection. */
    record Reden(String code, String omschrijving) {
    }

    /**
     * @param datum       DUO's registered datum; null for a verwijtbaarheid alone or a withdrawal
     * @param ingetrokken the gemeente withdrew the result: DUO has nothing for the onderdeel any more
     * @param viaM2m      delivered through DUO's M2M API, not by this service
     */
    record Geregistreerd(Bsn bsn, String gemeentecode, Onderdeel onderdeel, LocalDate datum, Boolean verwijtbaar,
            boolean ingetrokken, boolean viaM2m, LocalDate datumRegistratie) implements AntwoordOpnemen {
    }

    record Afgewezen(Bsn bsn, String gemeentecode, Onderdeel onderdeel, LocalDate datum, Boolean verwijtbaar,
            boolean viaM2m, List<Reden> redenen, LocalDate datumAfwijzing) implements AntwoordOpnemen {
    }
}
