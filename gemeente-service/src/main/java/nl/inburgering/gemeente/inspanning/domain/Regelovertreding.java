package nl.inburgering.gemeente.inspanning.domain;

/** A rule of the inspanning feature that a request breaks; the web layer reports it as an invalid param. */
public record Regelovertreding(String veld, String code, String omschrijving) {
}
