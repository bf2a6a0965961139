package nl.inburgering.duo.vrijstelling.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import nl.inburgering.duo.vrijstelling.domain.Examenniveau;
import nl.inburgering.duo.vrijstelling.domain.Examenonderdeel;
import nl.inburgering.duo.vrijstelling.domain.VrijgesteldOnderdeel;
import nl.inburgering.platform.web.InvalidParam;
import nl.inburgering.platform.web.Invoercontrole;

/** The checks the bodies share; each adds its problems to the list so that every problem is reported at once. */
final class Invoer {

    static final int MAX_TEKST = 2000;

    private Invoer() {
    }

    /** An onderdeel of a body: {@code {"onderdeel": "LE", "niveau": "B1"}}. */
    record Onderdeel(String onderdeel, String niveau) {
    }

    static String tekst(String naam, String waarde, boolean verplicht, List<InvalidParam> problemen) {
        if (waarde == null || waarde.isBlank()) {
            if (verplicht) {
                problemen.add(new InvalidParam(naam, "required", "De " + naam + " ontbreekt."));
            }
            return null;
        }
        if (waarde.length() > MAX_TEKST) {
            problemen.add(new InvalidParam(naam, "maxLength", "De " + naam + " is hoogstens " + MAX_TEKST
                    + " tekens."));
        }
        return waarde;
    }

    /** A date jjjj-mm-dd, or null with a problem added when it is not one. */
    static LocalDate datum(String naam, String waarde, List<InvalidParam> problemen) {
        if (waarde == null || waarde.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(waarde);
        } catch (DateTimeParseException e) {
            problemen.add(new InvalidParam(naam, "format", "De " + naam + " is een datum (jjjj-mm-dd)."));
            return null;
        }
    }

    static List<VrijgesteldOnderdeel> onderdelen(List<Onderdeel> onderdelen, List<InvalidParam> problemen) {
        List<VrijgesteldOnderdeel> geldig = new ArrayList<>();
        if (onderdelen == null) {
            return geldig;
        }
        for (int i = 0; i < onderdelen.size(); i++) {
            Onderdeel o = onderdelen.get(i);
            if (o == null) {
                problemen.add(new InvalidParam("onderdelen[" + i + "]", "required", "Een onderdeel ontbreekt."));
                continue;
            }
            Examenonderdeel onderdeel = Invoercontrole.keuze("onderdelen[" + i + "].onderdeel", o.onderdeel(),
                    Examenonderdeel.class, true, problemen);
            Examenniveau niveau = Invoercontrole.keuze("onderdelen[" + i + "].niveau", o.niveau(),
                    Examenniveau.class, true, problemen);
            if (onderdeel != null && niveau != null) {
                geldig.add(new VrijgesteldOnderdeel(onderdeel, niveau));
            }
        }
        return geldig;
    }

}
