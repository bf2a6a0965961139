package nl.inburgering.gemeente.resultaten.domain;

import java.time.LocalDate;

import nl.inburgering.platform.bsn.Bsn;

/** Domain event: the gemeente recorded the result of the MAP, for DUO (#17 MapResultaatVastgesteld). */
public record MapResultaatVastgesteldDoorGemeente(Bsn bsn, String gemeentecode, Resultaat resultaat,
        LocalDate datumVastgesteld) {
}
