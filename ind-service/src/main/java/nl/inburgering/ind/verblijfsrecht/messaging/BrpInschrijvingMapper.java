package nl.inburgering.ind.verblijfsrecht.messaging;

import nl.inburgering.contracts.event.IngezeteneIngeschreven;
import nl.inburgering.ind.verblijfsrecht.application.BrpInschrijvingVerwerken;
import nl.inburgering.ind.verblijfsrecht.domain.BrpInschrijving;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.events.Eventvalidatie;

/** Inbound: the BRP's IngezeteneIngeschreven, validated once at the edge, as IND's command. */
final class BrpInschrijvingMapper {

    private static final String EVENT = "BRP-inschrijving";

    private BrpInschrijvingMapper() {
    }

    static BrpInschrijvingVerwerken naarCommand(IngezeteneIngeschreven data) {
        return new BrpInschrijvingVerwerken(new BrpInschrijving(Bsn.of(Eventvalidatie.bsn(data.getBsn(), EVENT)),
                Eventvalidatie.gemeentecode(data.getGemeentecode(), EVENT), data.getDatumInschrijving()));
    }
}
