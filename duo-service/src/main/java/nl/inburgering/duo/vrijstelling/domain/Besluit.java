package nl.inburgering.duo.vrijstelling.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * DUO's beslissing on a vrijstelling: an oordeel with the exact soort and reden; a toegekende gedeeltelijke carries its
 * onderdelen, a toegekende tijdelijke its period (both ends inclusive).
 */
public record Besluit(Oordeel oordeel, Vrijstellingsoort soort, RedenVrijstelling reden,
        List<VrijgesteldOnderdeel> onderdelen, LocalDate startdatum, LocalDate einddatum) {

    public Besluit {
        onderdelen = onderdelen == null ? List.of() : List.copyOf(onderdelen);
    }

    public boolean toegekend() {
        return oordeel == Oordeel.TOEKENNING;
    }
}
