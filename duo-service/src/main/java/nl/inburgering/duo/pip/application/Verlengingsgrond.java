package nl.inburgering.duo.pip.application;

/** A ground on which DUO extends an inburgeringstermijn (GET /verlengingsgronden), from configuration. */
public record Verlengingsgrond(String code, String omschrijving) {
}
