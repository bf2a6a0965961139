package nl.inburgering.duo.handhaving.application;

import java.time.LocalDate;
import java.util.UUID;

import nl.inburgering.duo.handhaving.domain.AanvraagVerlengingBeoordeeld.Oordeel;
import nl.inburgering.platform.bsn.Bsn;

/**
 * An aanvraag tot verlenging as DUO's backoffice sees it.
 *
 * @param oordeel null while not beoordeeld, as are the fields after it
 */
public record Verlengingsaanvraag(UUID id, Bsn bsn, LocalDate datumAanvraag, String onderbouwing, String gemeentecode,
        String status, Oordeel oordeel, String verlengingsgrondcode, LocalDate nieuweEinddatum,
        LocalDate datumBeschikking) {
}
