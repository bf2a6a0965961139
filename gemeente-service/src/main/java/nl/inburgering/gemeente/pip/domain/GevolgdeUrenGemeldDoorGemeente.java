package nl.inburgering.gemeente.pip.domain;

import nl.inburgering.platform.bsn.Bsn;

/** Domain event: the gemeente reported the cumulative hours of the brede intake, for DUO (#17). */
public record GevolgdeUrenGemeldDoorGemeente(Bsn bsn, String gemeentecode, GevolgdeUren uren) {
}
