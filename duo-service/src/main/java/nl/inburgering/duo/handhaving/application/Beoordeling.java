package nl.inburgering.duo.handhaving.application;

import java.time.LocalDate;
import java.util.UUID;

import nl.inburgering.duo.handhaving.domain.AanvraagVerlengingBeoordeeld.Oordeel;

/**
 * Command: DUO decides on an aanvraag tot verlenging.
 *
 * @param verlengingsgrondcode with a toekenning only, as is {@code nieuweEinddatum} (inclusive)
 */
public record Beoordeling(UUID aanvraag, Oordeel oordeel, String verlengingsgrondcode, LocalDate nieuweEinddatum) {
}
