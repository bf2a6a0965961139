package nl.inburgering.duo.dossier.api;

import java.time.LocalDate;

/** One decision in the history of a person's plicht; a plichtig decision carries its doelgroep. */
public record Plichtbesluit(boolean plichtig, LocalDate begindatum, LocalDate einddatum, LocalDate wijzigingsdatum,
        GedetailleerdeDoelgroep gedetailleerdeDoelgroep) {
}
