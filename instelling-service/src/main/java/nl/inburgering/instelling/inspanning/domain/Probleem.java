package nl.inburgering.instelling.inspanning.domain;

/**
 * One thing wrong in what the medewerker entered.
 *
 * @param veld  the field, as named in the request
 * @param code  a stable code (required, enum, future, min, max, order, notAllowed)
 * @param reden the explanation in words
 */
public record Probleem(String veld, String code, String reden) {
}
