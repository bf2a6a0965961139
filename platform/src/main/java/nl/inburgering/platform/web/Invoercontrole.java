package nl.inburgering.platform.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import nl.inburgering.platform.bsn.Bsn;

/**
 * Checks of a REST request body that gather every problem before one answer (problem+json listing them all), for
 * controllers that read plain strings: a BSN, a choice of an enum, a date that has been, and the end of the checks.
 */
public final class Invoercontrole {

    private Invoercontrole() {
    }

    /** The field {@code bsn}: present and a valid burgerservicenummer. */
    public static void bsn(String bsn, List<InvalidParam> problemen) {
        if (bsn == null || bsn.isBlank()) {
            problemen.add(new InvalidParam("bsn", "required", "Het BSN ontbreekt."));
        } else if (!Bsn.isValid(bsn)) {
            problemen.add(new InvalidParam("bsn", "pattern", "Het BSN is geen geldig burgerservicenummer."));
        }
    }

    /** The symbol of {@code soort} named {@code waarde}, or null with a problem added (when required or unknown). */
    public static <E extends Enum<E>> E keuze(String naam, String waarde, Class<E> soort, boolean verplicht,
            List<InvalidParam> problemen) {
        if (waarde == null || waarde.isBlank()) {
            if (verplicht) {
                problemen.add(new InvalidParam(naam, "required", "De " + naam + " ontbreekt."));
            }
            return null;
        }
        return Arrays.stream(soort.getEnumConstants()).filter(e -> e.name().equals(waarde)).findFirst()
                .orElseGet(() -> {
                    problemen.add(new InvalidParam(naam, "enum", "De " + naam + " is een van "
                            + Arrays.toString(soort.getEnumConstants()) + "."));
                    return null;
                });
    }

    /** A required date jjjj-mm-dd, not after today by {@code clock}; null with a problem added when it is not one. */
    public static LocalDate datumTotVandaag(Clock clock, String naam, String waarde, List<InvalidParam> problemen) {
        if (waarde == null || waarde.isBlank()) {
            problemen.add(new InvalidParam(naam, "required", "De " + naam + " ontbreekt."));
            return null;
        }
        try {
            LocalDate datum = LocalDate.parse(waarde);
            if (datum.isAfter(LocalDate.now(clock))) {
                problemen.add(new InvalidParam(naam, "range", "De " + naam + " ligt in de toekomst."));
            }
            return datum;
        } catch (DateTimeParseException e) {
            problemen.add(new InvalidParam(naam, "format", "De " + naam + " is een datum (jjjj-mm-dd)."));
            return null;
        }
    }

    /** Answers 400 with every problem gathered, if there is any. */
    public static void geldig(List<InvalidParam> problemen) {
        if (!problemen.isEmpty()) {
            throw new OngeldigeInvoerException(problemen);
        }
    }
}
