package nl.inburgering.duo.vrijstelling.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.inburgering.duo.vrijstelling.domain.Besluit;
import nl.inburgering.duo.vrijstelling.domain.RedenVrijstelling;
import nl.inburgering.duo.vrijstelling.domain.VrijgesteldOnderdeel;
import nl.inburgering.duo.vrijstelling.domain.Vrijstellingsoort;
import nl.inburgering.platform.bsn.Bsn;

/**
 * An aanvraag tot vrijstelling as DUO's backoffice sees it.
 *
 * @param besluit null until DUO decided
 */
public record Vrijstellingsaanvraag(UUID id, Bsn bsn, Vrijstellingsoort soortGevraagd, RedenVrijstelling redenGevraagd,
        String onderbouwing, List<VrijgesteldOnderdeel> onderdelenGevraagd, LocalDate startdatumGevraagd,
        LocalDate einddatumGevraagd, String gemeentecode, String status, String adviesinstantie,
        LocalDate adviesGevraagdOp, String advies, String adviesToelichting, Besluit besluit, LocalDate datumOordeel,
        LocalDate ingetrokkenOp) {
}
