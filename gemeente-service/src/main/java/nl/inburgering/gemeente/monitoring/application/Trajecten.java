package nl.inburgering.gemeente.monitoring.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.inburgering.platform.bsn.Bsn;

/** The inburgeringstrajecten of the gemeenten as they stand on a peildatum (the read model of #22). */
public interface Trajecten {

    /**
     * The inburgeraren whose plicht began on or before {@code peildatum}, at most {@code aantal} after {@code na} in
     * BSN order (from the first when empty), each in his own gemeente.
     */
    List<Traject> op(LocalDate peildatum, Optional<Bsn> na, int aantal);

    /** One traject; {@code leerroute} is B1_ROUTE, ONDERWIJSROUTE or Z_ROUTE, null without a PIP. */
    record Traject(Bsn bsn, String gemeentecode, String doelgroep, LocalDate datumBredeIntakeGestart,
            LocalDate dagtekeningPip, String leerroute, boolean maatschappelijkeBegeleidingGestart,
            boolean pvtAfgerond, boolean mapAfgerond) {
    }
}
