package nl.inburgering.duo.dossier.messaging;

import nl.inburgering.contracts.event.InburgeraarGekoppeldAanGemeente;
import nl.inburgering.contracts.event.IngezeteneVerhuisd;
import nl.inburgering.duo.dossier.application.KoppelingVerwerken;
import nl.inburgering.duo.dossier.application.VerhuizingVerwerken;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.events.Eventvalidatie;

/** COA's koppeling (#14) and the BRP's verhuizing as the commands of the person core. */
final class KoppelingMapper {

    private KoppelingMapper() {
    }

    static KoppelingVerwerken koppeling(InburgeraarGekoppeldAanGemeente k) {
        return new KoppelingVerwerken(Bsn.of(Eventvalidatie.bsn(k.getBsn(), "Koppeling")),
                Eventvalidatie.gemeentecode(k.getGemeentecode(), "Koppeling"), k.getDatumKoppeling());
    }

    static VerhuizingVerwerken verhuizing(IngezeteneVerhuisd v) {
        return new VerhuizingVerwerken(Bsn.of(Eventvalidatie.bsn(v.getBsn(), "Verhuizing")),
                Eventvalidatie.gemeentecode(v.getGemeentecodeNieuw(), "Verhuizing"), v.getDatumVerhuizing());
    }
}
