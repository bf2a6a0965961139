package nl.inburgering.duo.pip.application;

import java.time.LocalDate;

/** One mutation of the termijn; {@code einddatum} inclusive (the API shows it exclusive). */
public record Termijnmutatie(LocalDate startdatum, LocalDate einddatum, String verlengingsgrondcode,
        String verlengingsgrondomschrijving, LocalDate wijzigingsdatum) {
}
