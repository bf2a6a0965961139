package nl.inburgering.duo.m2m.web.gedeeld;

import java.util.List;

/**
 * Schema {@code Foutmelding} of DUO's M2M APIs: the body of a functional refusal (403), one per broken rule, so the
 * gemeente can correct all of them in one go. The 400 carries no body in the specs and stays our problem+json.
 */
public record Foutmelding(String fouttekst) {

    /** The specs cap a fouttekst at 200 characters. */
    private static final int MAX = 200;

    public Foutmelding {
        fouttekst = fouttekst.length() <= MAX ? fouttekst : fouttekst.substring(0, MAX);
    }

    public static List<Foutmelding> van(List<String> teksten) {
        return teksten.stream().map(Foutmelding::new).toList();
    }

    public static List<Foutmelding> van(String tekst) {
        return List.of(new Foutmelding(tekst));
    }
}
