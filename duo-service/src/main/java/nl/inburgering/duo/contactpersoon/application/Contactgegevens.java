package nl.inburgering.duo.contactpersoon.application;

/** What a gemeente registers of a contactpersoon (already checked against the spec's formats). */
public record Contactgegevens(String naam, String email, String telefoonnummer) {
}
