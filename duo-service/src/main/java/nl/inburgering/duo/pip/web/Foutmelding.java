package nl.inburgering.duo.pip.web;

import java.util.List;

import nl.inburgering.duo.pip.domain.Overtreding;

/**
 * Schema {@code Foutmelding} of the PIP and Inburgeringsaanbod APIs: DUO's functional refusals. Since PIP 1.2.0 and
 * Inburgeringsaanbod 1.1.0 DUO answers them with 403 and a list of these (CHANGELOGs); the 400 carries no body in
 * the spec and stays our problem+json for a malformed request.
 */
public record Foutmelding(String fouttekst) {

    private static final int MAX = 200;

    static List<Foutmelding> van(List<Overtreding> overtredingen) {
        return overtredingen.stream().map(o -> new Foutmelding(kort(o.omschrijving()))).toList();
    }

    static List<Foutmelding> van(String tekst) {
        return List.of(new Foutmelding(kort(tekst)));
    }

    private static String kort(String tekst) {
        return tekst.length() <= MAX ? tekst : tekst.substring(0, MAX);
    }
}
