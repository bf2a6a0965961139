package nl.inburgering.gemeente.inspanning.application;

import nl.inburgering.gemeente.inspanning.domain.Inspanningsstand;
import nl.inburgering.platform.bsn.Bsn;

/** Command: an instelling reported the inspanning of an asielstatushouder to the gemeente (#18, seed §15.5). */
public record InspanningOpnemen(Bsn bsn, String gemeentecode, Inspanningsstand stand) {
}
