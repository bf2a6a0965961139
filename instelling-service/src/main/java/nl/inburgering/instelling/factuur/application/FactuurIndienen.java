package nl.inburgering.instelling.factuur.application;

import nl.inburgering.instelling.factuur.domain.FactuurPolicy.FactuurInvoer;

/** Command: the medewerker of instelling {@code instellingsnummer} sends an invoice to DUO (seed §12.2). */
public record FactuurIndienen(String instellingsnummer, FactuurInvoer invoer) {
}
