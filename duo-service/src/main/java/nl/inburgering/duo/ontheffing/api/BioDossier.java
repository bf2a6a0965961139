package nl.inburgering.duo.ontheffing.api;

import java.time.LocalDate;
import java.util.UUID;

import nl.inburgering.platform.bsn.Bsn;

/**
 * A BIO dossier as DUO hands it to SZW (seed §11.3): the aanvraag with the gemeente's advies and, after a machtiging
 * for a medisch onderzoek, the arts's advies.
 *
 * @param dossierkenmerk the kenmerk SZW's beslissing (#21) names
 */
public record BioDossier(UUID dossierkenmerk, Bsn bsn, LocalDate datumAanvraag, String adviesGemeente,
        LocalDate adviesGemeenteDatum, boolean machtigingMedischOnderzoek, String medischAdvies, LocalDate naarSzwOp) {
}
