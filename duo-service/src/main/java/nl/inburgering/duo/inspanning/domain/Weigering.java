package nl.inburgering.duo.inspanning.domain;

/** Why DUO does not count a delivered inspanning: a code and a sentence. */
public record Weigering(String code, String omschrijving) {
}
