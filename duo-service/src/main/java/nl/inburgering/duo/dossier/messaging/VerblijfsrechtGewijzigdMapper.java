package nl.inburgering.duo.dossier.messaging;

import nl.inburgering.contracts.event.VerblijfsrechtGewijzigd;
import nl.inburgering.duo.dossier.application.VerblijfsrechtWijzigingVerwerken;
import nl.inburgering.duo.dossier.domain.Verblijfsdoel;
import nl.inburgering.duo.dossier.domain.Verblijfsrechtwijziging;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.events.Eventvalidatie;
import nl.inburgering.platform.events.InvalidEventException;

/** Stelseldienst #2 in: IND's Wijziging verblijfsrecht as the command, read and checked once. */
final class VerblijfsrechtGewijzigdMapper {

    private static final String EVENT = "Wijziging verblijfsrecht";

    private VerblijfsrechtGewijzigdMapper() {
    }

    static VerblijfsrechtWijzigingVerwerken alsCommand(VerblijfsrechtGewijzigd w) {
        Bsn bsn = Bsn.of(Eventvalidatie.bsn(w.getBsn(), EVENT));
        Verblijfsrechtwijziging.Soort soort = switch (w.getSoortWijziging()) {
            case ONBEKEND -> throw new InvalidEventException(EVENT + " met een onbekende soort wijziging");
            case VERBLIJFSDOEL_GEWIJZIGD -> Verblijfsrechtwijziging.Soort.VERBLIJFSDOEL_GEWIJZIGD;
            case VERBLIJFSRECHT_BEEINDIGD -> Verblijfsrechtwijziging.Soort.VERBLIJFSRECHT_BEEINDIGD;
            case GENATURALISEERD -> Verblijfsrechtwijziging.Soort.GENATURALISEERD;
        };
        Verblijfsdoel nieuw = w.getNieuwVerblijfsdoel() == null ? null
                : VerblijfsdoelenMapper.verblijfsdoel(w.getNieuwVerblijfsdoel());
        if (soort == Verblijfsrechtwijziging.Soort.VERBLIJFSDOEL_GEWIJZIGD && nieuw == null) {
            throw new InvalidEventException(EVENT + ": een gewijzigd verblijfsdoel zonder (bekend) nieuw verblijfsdoel");
        }
        if (soort != Verblijfsrechtwijziging.Soort.VERBLIJFSDOEL_GEWIJZIGD && nieuw != null) {
            throw new InvalidEventException(EVENT + ": een beëindigd verblijfsrecht of naturalisatie met een nieuw "
                    + "verblijfsdoel");
        }
        if (w.getIngangsdatumWijziging() == null) {
            throw new InvalidEventException(EVENT + " zonder ingangsdatum");
        }
        return new VerblijfsrechtWijzigingVerwerken(bsn, new Verblijfsrechtwijziging(soort, nieuw,
                w.getReferentIsAsielstatushouder(), w.getIngangsdatumWijziging()));
    }
}
