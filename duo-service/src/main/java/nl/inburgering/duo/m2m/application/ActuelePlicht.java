package nl.inburgering.duo.m2m.application;

import java.time.LocalDate;

import nl.inburgering.duo.dossier.api.RedenNietPlichtig;

/**
 * The current inburgeringsplicht of one person as DUO's M2M API shows it.
 *
 * @param plichtig        whether the person is inburgeringsplichtig now
 * @param begindatum      start of the plicht; only for a plichtige
 * @param einddatum       end of the plicht, when known
 * @param wijzigingsdatum the day the decision last changed
 * @param reden           why not plichtig, when we know a reason; {@code null} for a plichtige and for someone who
 *                        is not plichtig <em>yet</em> (a 17-year-old)
 */
public record ActuelePlicht(boolean plichtig, LocalDate begindatum, LocalDate einddatum, LocalDate wijzigingsdatum,
        RedenNietPlichtig reden) {
}
