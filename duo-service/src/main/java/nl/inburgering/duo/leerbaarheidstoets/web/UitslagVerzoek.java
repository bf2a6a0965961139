package nl.inburgering.duo.leerbaarheidstoets.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import nl.inburgering.duo.leerbaarheidstoets.domain.Score;
import nl.inburgering.platform.web.InvalidParam;

/**
 * Body of {@code POST /api/v1/leerbaarheidstoetsen/_uitslag}, read as text so that every problem can be
 * reported at once (a date that does not parse is one problem among others, not the end of the request).
 *
 * @param behaaldeScore optional: absent means the toets gave no score
 */
record UitslagVerzoek(String examennummer, String datumAfname, String behaaldeScore) {

    static final int EXAMENNUMMER_MAX = 12;

    List<InvalidParam> problemen(LocalDate vandaag) {
        List<InvalidParam> problemen = new ArrayList<>();
        if (examennummer == null || examennummer.isBlank()) {
            problemen.add(new InvalidParam("examennummer", "required", "Het examennummer ontbreekt."));
        } else if (examennummer.length() > EXAMENNUMMER_MAX) {
            problemen.add(new InvalidParam("examennummer", "maxLength",
                    "Een examennummer heeft hoogstens " + EXAMENNUMMER_MAX + " tekens."));
        }
        if (datumAfname == null || datumAfname.isBlank()) {
            problemen.add(new InvalidParam("datumAfname", "required", "De datum van afname ontbreekt."));
        } else {
            try {
                if (LocalDate.parse(datumAfname).isAfter(vandaag)) {
                    problemen.add(new InvalidParam("datumAfname", "future",
                            "De datum van afname ligt in de toekomst."));
                }
            } catch (DateTimeParseException e) {
                problemen.add(new InvalidParam("datumAfname", "format", "De datum van afname is geen datum (jjjj-mm-dd)."));
            }
        }
        if (behaaldeScore != null && !Score.isGeldig(behaaldeScore)) {
            problemen.add(new InvalidParam("behaaldeScore", "pattern",
                    "De behaalde score heeft de vorm 61,50: een tot drie cijfers, een komma en twee decimalen."));
        }
        return problemen;
    }
}
