package nl.inburgering.duo.examen.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import nl.inburgering.platform.web.InvalidParam;

/** Body of {@code PUT /api/v1/examens/{id}/planning}: the examendatum (jjjj-mm-dd). */
record PlanningVerzoek(String examendatum) {

    List<InvalidParam> problemen() {
        List<InvalidParam> problemen = new ArrayList<>();
        if (examendatum == null || examendatum.isBlank()) {
            problemen.add(new InvalidParam("examendatum", "required", "De examendatum ontbreekt."));
        } else if (datum() == null) {
            problemen.add(new InvalidParam("examendatum", "format", "De examendatum is een datum (jjjj-mm-dd)."));
        }
        return problemen;
    }

    LocalDate datum() {
        try {
            return examendatum == null ? null : LocalDate.parse(examendatum);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
