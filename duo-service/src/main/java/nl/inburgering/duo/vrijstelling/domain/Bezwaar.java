package nl.inburgering.duo.vrijstelling.domain;

/** Why a beslissing breaks a rule of {@link VrijstellingPolicy}: the field it concerns and a sentence for the user. */
public record Bezwaar(String veld, String melding) {
}
