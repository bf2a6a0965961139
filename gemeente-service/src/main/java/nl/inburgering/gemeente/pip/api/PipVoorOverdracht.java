package nl.inburgering.gemeente.pip.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.inburgering.platform.bsn.Bsn;

/**
 * The gemeente's own latest PIP and inburgeringsaanbod of a person, as it hands them to the next gemeente in the
 * overdracht (#19, seed §13.2, issue 16). Values by the contracts' names (e.g. leerroute ZELFREDZAAMHEIDSROUTE).
 */
public interface PipVoorOverdracht {

    /** The latest PIP the gemeente set or DUO registered for it, not one DUO rejected; empty before any. */
    Optional<Pipstand> laatstePip(Bsn bsn, String gemeentecode);

    /** The latest inburgeringsaanbod (asielstatushouders), not one DUO rejected; empty before any. */
    Optional<Aanbodstand> laatsteAanbod(Bsn bsn, String gemeentecode);

    record Pipstand(LocalDate dagtekening, String leerroute, String niveau, Integer geschatteIntensiteitB1Route,
            boolean indicatorMagOpleidingAfmaken, String alfabetiseringsonderwijs, boolean eenzijdigVastgesteld) {
    }

    record Aanbodstand(LocalDate datumInburgeringsaanbod, LocalDate verwachteStartdatumOpleiding,
            LocalDate verwachteEinddatumOpleiding, String alfabetiseringsonderwijs, List<String> instellingsnummers) {
    }
}
