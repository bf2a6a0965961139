package nl.inburgering.duo.handhaving.web;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;

import nl.inburgering.platform.web.InvalidParam;

/** The checks the bodies share; each adds its problems to the list so that every problem is reported at once. */
final class Invoer {

    static final int MAX_ONDERBOUWING = 2000;
    /** DUO's Inburgeringstermijn API: a verlengingsgrondcode is 1 to 10 characters. */
    static final int MAX_GRONDCODE = 10;

    private Invoer() {
    }

    static void grondcode(String code, boolean verplicht, List<InvalidParam> problemen) {
        if (code == null || code.isBlank()) {
            if (verplicht) {
                problemen.add(new InvalidParam("verlengingsgrondcode", "required", "De verlengingsgrond ontbreekt."));
            }
        } else if (code.length() > MAX_GRONDCODE) {
            problemen.add(new InvalidParam("verlengingsgrondcode", "maxLength",
                    "Een verlengingsgrondcode is hoogstens " + MAX_GRONDCODE + " tekens."));
        }
    }

    /** A date jjjj-mm-dd, or null with a problem added when it is not one. */
    static LocalDate datum(String naam, String waarde, boolean verplicht, List<InvalidParam> problemen) {
        if (waarde == null || waarde.isBlank()) {
            if (verplicht) {
                problemen.add(new InvalidParam(naam, "required", "De " + naam + " ontbreekt."));
            }
            return null;
        }
        try {
            return LocalDate.parse(waarde);
        } catch (DateTimeParseException e) {
            problemen.add(new InvalidParam(naam, "format", "De " + naam + " is een datum (jjjj-mm-dd)."));
            return null;
        }
    }

    /** A positive ISO-8601 period (P6M, P1Y), or null with a problem added when it is not one. */
    static Period periode(String waarde, List<InvalidParam> problemen) {
        if (waarde == null || waarde.isBlank()) {
            return null;
        }
        try {
            Period periode = Period.parse(waarde);
            if (periode.isNegative() || periode.isZero()) {
                problemen.add(new InvalidParam("periode", "range", "De periode is langer dan nul."));
                return null;
            }
            return periode;
        } catch (DateTimeParseException e) {
            problemen.add(new InvalidParam("periode", "format", "De periode is een ISO-8601-periode, zoals P6M of P1Y."));
            return null;
        }
    }
}
