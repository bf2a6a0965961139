package nl.inburgering.duo.m2m.application;

import java.time.LocalDate;

import nl.inburgering.duo.dossier.api.GedetailleerdeDoelgroep;

/**
 * The doelgroep a person falls under from {@code begindatum} (the begindatum of the plicht) until
 * {@code einddatum} (inclusive, {@code null} while open).
 */
public record Doelgroepperiode(GedetailleerdeDoelgroep doelgroep, LocalDate begindatum, LocalDate einddatum) {
}
