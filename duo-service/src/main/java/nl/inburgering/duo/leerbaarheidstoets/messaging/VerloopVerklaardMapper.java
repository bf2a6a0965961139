package nl.inburgering.duo.leerbaarheidstoets.messaging;

import nl.inburgering.contracts.event.LeerbaarheidstoetsVerloopVerklaard;
import nl.inburgering.duo.leerbaarheidstoets.application.VerloopVerklaren;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.events.Eventvalidatie;
import nl.inburgering.platform.events.InvalidEventException;

/** The gemeente's verklaring ordentelijk verloop, read and checked once, as the command of the use case. */
final class VerloopVerklaardMapper {

    private static final String EVENT = "LeerbaarheidstoetsVerloopVerklaard";
    private static final int EXAMENNUMMER_MAX = 12;

    private VerloopVerklaardMapper() {
    }

    static VerloopVerklaren alsCommand(LeerbaarheidstoetsVerloopVerklaard v) {
        String bsn = Eventvalidatie.bsn(v.getBsn(), EVENT);
        String gemeentecode = Eventvalidatie.gemeentecode(v.getGemeentecode(), EVENT);
        String examennummer = v.getExamennummer();
        if (examennummer != null && (examennummer.isBlank() || examennummer.length() > EXAMENNUMMER_MAX)) {
            throw new InvalidEventException(EVENT + " met een examennummer dat leeg of langer dan "
                    + EXAMENNUMMER_MAX + " tekens is");
        }
        if (v.getDatumAfname() == null) {
            throw new InvalidEventException(EVENT + " zonder datumAfname");
        }
        String toelichting = v.getToelichting();
        if (!v.getOrdentelijkVerloop() && (toelichting == null || toelichting.isBlank())) {
            throw new InvalidEventException(EVENT + ": een negatieve verklaring ordentelijk verloop zonder toelichting");
        }
        return new VerloopVerklaren(Bsn.of(bsn), gemeentecode, examennummer, v.getDatumAfname(), v.getOrdentelijkVerloop(),
                toelichting);
    }
}
