package nl.inburgering.gemeente.inspanning.api;

import java.time.LocalDate;
import java.util.List;

import nl.inburgering.platform.bsn.Bsn;

/**
 * The gemeente's own inspanning of a person, as it hands it to the next gemeente in the overdracht (#19, seed §13.2,
 * issue 16): the current stand per instelling, and whether it runs a handhaving op inspanning (a boete it imposed).
 */
public interface InspanningVoorOverdracht {

    /** The latest stand per instelling as the instellingen reported it (#18), by instellingsnummer. */
    List<Stand> actueleStanden(Bsn bsn, String gemeentecode);

    /** Whether the gemeente imposed a boete on ongeoorloofd verzuim (seed §9.2). */
    boolean boeteOpInspanningOpgelegd(Bsn bsn, String gemeentecode);

    /** A stand by the contracts' names (leerroute, actualisatiemoment). */
    record Stand(String instellingsnummer, String leerroute, LocalDate peildatum, LocalDate startdatumOnderwijs,
            int urenAangeboden, int urenAanwezig, int urenOngeoorloofdVerzuim, boolean taalschakeltrajectAfgerond,
            LocalDate datumAfrondingTaalschakeltraject, String actualisatiemoment) {
    }
}
