package nl.inburgering.coa.bewoner.messaging;

import nl.inburgering.coa.bewoner.application.InschrijvingInGemeenteVerwerken;
import nl.inburgering.contracts.event.IngezeteneIngeschreven;
import nl.inburgering.contracts.event.IngezeteneVerhuisd;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.events.Eventvalidatie;

/** Inbound BRP: an inschrijving and a verhuizing both say "ingezetene of this gemeente since", validated once. */
final class BrpMapper {

    private BrpMapper() {
    }

    static InschrijvingInGemeenteVerwerken naarCommand(IngezeteneVerhuisd verhuizing) {
        String event = "BRP-verhuizing";
        return new InschrijvingInGemeenteVerwerken(Bsn.of(Eventvalidatie.bsn(verhuizing.getBsn(), event)),
                Eventvalidatie.gemeentecode(verhuizing.getGemeentecodeNieuw(), event),
                verhuizing.getDatumVerhuizing());
    }

    static InschrijvingInGemeenteVerwerken naarCommand(IngezeteneIngeschreven inschrijving) {
        String event = "BRP-inschrijving";
        return new InschrijvingInGemeenteVerwerken(Bsn.of(Eventvalidatie.bsn(inschrijving.getBsn(), event)),
                Eventvalidatie.gemeentecode(inschrijving.getGemeentecode(), event),
                inschrijving.getDatumInschrijving());
    }
}
