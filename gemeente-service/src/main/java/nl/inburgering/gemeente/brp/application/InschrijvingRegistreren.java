package nl.inburgering.gemeente.brp.application;

import nl.inburgering.gemeente.brp.domain.Inschrijving;

/** Command: record that a vreemdeling was ingeschreven as ingezetene (BRP-bijhouding). */
public record InschrijvingRegistreren(Inschrijving inschrijving) {
}
