package nl.inburgering.duo.uren.application;

import java.time.LocalDate;

/** The stand of one gemeente's gevolgde uren for a person, as of {@code peildatum}; null: never reported. */
public record Urenstand(String gemeentecode, LocalDate peildatum, Integer taallesEnKnmBredeIntake,
        Integer participatieactiviteitenBredeIntake, Integer participatieAlsTaalles) {
}
