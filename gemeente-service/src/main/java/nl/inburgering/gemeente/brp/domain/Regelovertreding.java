package nl.inburgering.gemeente.brp.domain;

/** A BRP rule between fields that a registration breaks; the web layer reports it as an invalid param. */
public record Regelovertreding(String veld, String code, String omschrijving) {
}
