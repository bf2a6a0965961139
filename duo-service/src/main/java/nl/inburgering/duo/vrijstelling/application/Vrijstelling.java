package nl.inburgering.duo.vrijstelling.application;

import java.time.LocalDate;

import nl.inburgering.duo.vrijstelling.domain.Besluit;

/** One decided vrijstelling of a person, as DUO's Vrijstelling API and IND read it. */
public record Vrijstelling(Besluit besluit, LocalDate datumOordeel, LocalDate ingetrokkenOp) {
}
