package nl.inburgering.duo.resultaten.domain;

import java.time.LocalDate;

/** A result DUO has registered for an onderdeel, and the gemeente that delivered it. */
public record Registratie(Onderdeel onderdeel, LocalDate datum, Boolean verwijtbaar, String gemeentecode) {
}
