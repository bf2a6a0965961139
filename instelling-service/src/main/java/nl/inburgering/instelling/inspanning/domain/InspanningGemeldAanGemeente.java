package nl.inburgering.instelling.inspanning.domain;

import nl.inburgering.platform.bsn.Bsn;

/** Domain event: the inspanning of an asielstatushouder, for the gemeente that bought his lessons (#18, §15.5). */
public record InspanningGemeldAanGemeente(Bsn bsn, String gemeentecode, Inspanningsstand stand) {
}
