package nl.inburgering.instelling.cursist.application;

import nl.inburgering.instelling.cursist.domain.InschrijvingPolicy.InschrijvingInvoer;

/** Command: the medewerker of instelling {@code instellingsnummer} records an inschrijving. */
public record InschrijvingRegistreren(String instellingsnummer, InschrijvingInvoer invoer) {
}
