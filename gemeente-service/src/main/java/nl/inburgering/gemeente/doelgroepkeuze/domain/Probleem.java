package nl.inburgering.gemeente.doelgroepkeuze.domain;

/**
 * One thing wrong in what the caseworker entered.
 *
 * @param veld  the field, as named in the request
 * @param code  a stable code (required, future, order, termijn)
 * @param reden the explanation in words
 */
public record Probleem(String veld, String code, String reden) {
}
