package nl.inburgering.duo.inspanning.api;

import java.time.LocalDate;
import java.util.List;

import nl.inburgering.platform.bsn.Bsn;

/**
 * The last stand of inspanning (#18) per instelling that DUO accepted for a person; refused stands are not here. It
 * records nothing in the Logboek itself: the caller reads within its own verwerking.
 */
public interface Inspanningfeiten {

    List<Inspanning> inspanningen(Bsn bsn);

    record Inspanning(String instellingsnummer, String leerroute, LocalDate peildatum, int urenAangeboden,
            int urenAanwezig, int urenOngeoorloofdVerzuim) {
    }
}
