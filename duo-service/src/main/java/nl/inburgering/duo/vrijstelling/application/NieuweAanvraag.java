package nl.inburgering.duo.vrijstelling.application;

import java.time.LocalDate;
import java.util.List;

import nl.inburgering.duo.vrijstelling.domain.RedenVrijstelling;
import nl.inburgering.duo.vrijstelling.domain.VrijgesteldOnderdeel;
import nl.inburgering.duo.vrijstelling.domain.Vrijstellingsoort;
import nl.inburgering.platform.bsn.Bsn;

/**
 * Command: the backoffice registers an aanvraag tot vrijstelling with its onderbouwing.
 *
 * @param onderdelen only for a gedeeltelijke, as {@code startdatum} and {@code einddatum} only for a tijdelijke
 */
public record NieuweAanvraag(Bsn bsn, Vrijstellingsoort soort, RedenVrijstelling reden, String onderbouwing,
        List<VrijgesteldOnderdeel> onderdelen, LocalDate startdatum, LocalDate einddatum) {
}
