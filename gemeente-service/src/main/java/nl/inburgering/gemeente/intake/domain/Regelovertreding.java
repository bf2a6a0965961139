package nl.inburgering.gemeente.intake.domain;

/** A rule of the brede intake that a request breaks; the web layer reports it as an invalid param. */
public record Regelovertreding(String veld, String code, String omschrijving) {
}
