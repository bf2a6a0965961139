package nl.inburgering.gemeente.inspanning.domain;

import nl.inburgering.platform.bsn.Bsn;

/** Domain event: the gemeente forwards an asielstatushouder's inspanning at an instelling to DUO (#18, §15.5). */
public record InspanningDoorgegevenDoorGemeente(Bsn bsn, String gemeentecode, Inspanningsstand stand) {
}
