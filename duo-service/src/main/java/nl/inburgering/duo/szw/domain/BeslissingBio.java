package nl.inburgering.duo.szw.domain;

import java.time.LocalDate;
import java.util.UUID;

import nl.inburgering.platform.bsn.Bsn;

/**
 * Stelseldienst #21 as SZW decides it (seed §11.3): the ministerie's beslissing on a BIO dossier DUO handed to it.
 * SZW has no service of its own; its medewerkers decide in DUO's service (decision 0035).
 */
public record BeslissingBio(Bsn bsn, UUID dossierkenmerk, Oordeel oordeel, LocalDate datumBeslissing) {

    public enum Oordeel {
        TOEKENNING,
        AFWIJZING
    }
}
