package nl.inburgering.gemeente.resultaten.domain;

import java.time.LocalDate;

import nl.inburgering.platform.bsn.Bsn;

/** Domain event: the gemeente recorded the result of the PVT, for DUO (#17 PvtResultaatVastgesteld). */
public record PvtResultaatVastgesteldDoorGemeente(Bsn bsn, String gemeentecode, Resultaat resultaat,
        LocalDate datumVastgesteld) {
}
