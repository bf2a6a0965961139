package nl.inburgering.gemeente.resultaten.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A result the caseworker records, as DUO takes it: the datum (ondertekening, eindgesprek, afronding), and for PVT and
 * MAP the indicatie verwijtbaarheid (DUO's {@code verwijtbaar} Ja/Nee) where DUO's rules ask for it.
 */
public record Resultaat(Onderdeel onderdeel, LocalDate datum, Boolean verwijtbaar) {

    public Resultaat {
        Objects.requireNonNull(onderdeel, "onderdeel");
    }
}
