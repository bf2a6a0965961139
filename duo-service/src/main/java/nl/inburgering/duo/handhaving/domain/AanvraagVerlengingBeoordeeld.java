package nl.inburgering.duo.handhaving.domain;

import java.time.LocalDate;

import nl.inburgering.platform.bsn.Bsn;

/**
 * Stelseldienst #9: DUO decided on an aanvraag tot verlenging (seed §9.3.2), for the gemeente of the person.
 *
 * @param verlengingsgrondcode only with a toekenning, as is the rest after it
 */
public record AanvraagVerlengingBeoordeeld(Bsn bsn, String gemeentecode, Oordeel oordeel, LocalDate datumAanvraag,
        LocalDate datumBeschikking, String verlengingsgrondcode, String verlengingsgrondomschrijving,
        LocalDate nieuweEinddatumInburgeringstermijn) {

    public enum Oordeel { TOEKENNING, AFWIJZING }
}
