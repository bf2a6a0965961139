package nl.inburgering.gemeente.inspanning.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import nl.inburgering.platform.bsn.Bsn;

/**
 * The gemeente's own inspanning of a person, as it hands it to the next gemeente in the overdracht (#19, seed §13.2,
 * issue 16): the current stand per instelling, and the boetes it imposed on ongeoorloofd verzuim.
 */
public interface InspanningVoorOverdracht {

    /** The latest stand per instelling as the instellingen reported it (#18), by instellingsnummer. */
    List<Stand> actueleStanden(Bsn bsn, String gemeentecode);

    /** The boetes (not the waarschuwingen) the gemeente imposed on ongeoorloofd verzuim (seed §9.2), oldest first. */
    List<Boete> boetesOpVerzuim(Bsn bsn, String gemeentecode);

    /** @param instellingsnummer the instelling where he was absent */
    record Boete(LocalDate datum, BigDecimal bedrag, String reden, String instellingsnummer) {
    }

    /** A stand by the contracts' names (leerroute, actualisatiemoment). */
    record Stand(String instellingsnummer, String leerroute, LocalDate peildatum, LocalDate startdatumOnderwijs,
            int urenAangeboden, int urenAanwezig, int urenOngeoorloofdVerzuim, boolean taalschakeltrajectAfgerond,
            LocalDate datumAfrondingTaalschakeltraject, String actualisatiemoment) {
    }
}
