package nl.inburgering.instelling.inspanning.application;

import java.util.UUID;

import nl.inburgering.instelling.inspanning.domain.InspanningPolicy.InspanningInvoer;

/** Command: the medewerker of instelling {@code instellingsnummer} reports a stand of a cursist's inspanning. */
public record InspanningMelden(String instellingsnummer, UUID cursistId, InspanningInvoer invoer) {
}
