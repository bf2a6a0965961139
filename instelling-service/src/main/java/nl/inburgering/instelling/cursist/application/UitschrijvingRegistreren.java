package nl.inburgering.instelling.cursist.application;

import java.util.UUID;

import nl.inburgering.instelling.cursist.domain.UitschrijvingPolicy.UitschrijvingInvoer;

/** Command: the medewerker of instelling {@code instellingsnummer} records the uitschrijving of a cursist. */
public record UitschrijvingRegistreren(String instellingsnummer, UUID cursistId, UitschrijvingInvoer invoer) {
}
