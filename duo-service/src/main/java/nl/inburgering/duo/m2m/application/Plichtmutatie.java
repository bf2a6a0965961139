package nl.inburgering.duo.m2m.application;

import java.time.LocalDate;

/** One decision in the mutatiehistorie of a person's inburgeringsplicht, oldest first. */
public record Plichtmutatie(boolean plichtig, LocalDate begindatum, LocalDate einddatum, LocalDate wijzigingsdatum) {
}
