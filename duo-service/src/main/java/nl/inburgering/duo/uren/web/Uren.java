package nl.inburgering.duo.uren.web;

/**
 * Schemas {@code TaallesEnKnmBredeIntake}, {@code ParticipatieactiviteitenBredeIntake} and
 * {@code ParticipatieAlsTaalles} of DUO's GevolgdeUren API 1.0.0: each a required {@code uren}, 0 to 9999.
 * Read as a boxed number so that a missing one is reported, not taken as 0.
 */
record Uren(Integer uren) {
}
