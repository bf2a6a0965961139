package nl.inburgering.instelling.factuur.domain;

/**
 * One thing wrong in what the medewerker entered.
 *
 * @param veld  the field, as named in the request
 * @param code  a stable code (required, format, enum, future, min, max, scale, notAllowed)
 * @param reden the explanation in words
 */
public record Probleem(String veld, String code, String reden) {
}
