package nl.inburgering.duo.pip.domain;

/**
 * One broken registration rule, so a gemeente can correct all of them in one go.
 *
 * @param veld         the API field the rule is about, as named on the wire
 * @param code         a stable code for the rule
 * @param omschrijving the Dutch text for the fouttekst of the response
 */
public record Overtreding(String veld, String code, String omschrijving) {
}
