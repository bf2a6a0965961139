package nl.inburgering.duo.resultaten.domain;

/**
 * One broken rule of DUO's README, so the gemeente can correct all of them in one go.
 *
 * @param code         a stable code for the rule
 * @param omschrijving the Dutch sentence of the rule, the fouttekst of the M2M answer (at most 200 characters)
 */
public record Overtreding(String code, String omschrijving) {
}
