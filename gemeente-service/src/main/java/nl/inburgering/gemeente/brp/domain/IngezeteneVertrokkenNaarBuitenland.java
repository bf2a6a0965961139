package nl.inburgering.gemeente.brp.domain;

import java.time.LocalDate;

import nl.inburgering.platform.bsn.Bsn;

/** Domain event: an ingezetene of {@code gemeentecode} left for the buitenland (BRP, to DUO). */
public record IngezeteneVertrokkenNaarBuitenland(Bsn bsn, String gemeentecode, LocalDate datumVertrek,
        String landVanVertrek) {
}
