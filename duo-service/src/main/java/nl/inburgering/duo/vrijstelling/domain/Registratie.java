package nl.inburgering.duo.vrijstelling.domain;

import java.time.LocalDate;

/**
 * One fact of DUO's registers for a person: a diploma from {@code startdatum} (einddatum null), or an inschrijving from
 * {@code startdatum} to {@code einddatum} (both inclusive).
 */
public record Registratie(Registerfeit feit, LocalDate startdatum, LocalDate einddatum) {
}
