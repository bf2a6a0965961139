package nl.inburgering.duo.examen.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import nl.inburgering.duo.examen.domain.RedenGeenResultaat;
import nl.inburgering.duo.examen.domain.Uitslag;
import nl.inburgering.platform.web.InvalidParam;

/**
 * Body of {@code POST /api/v1/examens/{id}/_uitslag}, with the codes of DUO's Examen API.
 *
 * @param resultaat          Geslaagd, Gezakt or Geen
 * @param redenGeenResultaat with Geen, and only then: Verwijtbaar, Nietverwijtbaar, Afgemeld or Absent
 */
record UitslagVerzoek(String resultaat, String redenGeenResultaat) {

    List<InvalidParam> problemen() {
        List<InvalidParam> problemen = new ArrayList<>();
        Uitslag uitslag = uitslag();
        if (resultaat == null || resultaat.isBlank()) {
            problemen.add(new InvalidParam("resultaat", "required", "Het resultaat ontbreekt."));
        } else if (uitslag == null) {
            problemen.add(new InvalidParam("resultaat", "enum", "Het resultaat is een van "
                    + Arrays.stream(Uitslag.values()).map(Uitslag::code).toList() + "."));
        }
        if (redenGeenResultaat != null && reden() == null) {
            problemen.add(new InvalidParam("redenGeenResultaat", "enum", "De reden geen resultaat is een van "
                    + Arrays.stream(RedenGeenResultaat.values()).map(RedenGeenResultaat::code).toList() + "."));
        } else if (uitslag == Uitslag.GEEN && redenGeenResultaat == null) {
            problemen.add(new InvalidParam("redenGeenResultaat", "required",
                    "Bij resultaat Geen hoort de reden waarom er geen resultaat is."));
        } else if (uitslag != null && uitslag != Uitslag.GEEN && redenGeenResultaat != null) {
            problemen.add(new InvalidParam("redenGeenResultaat", "notAllowed",
                    "Een reden geen resultaat hoort alleen bij resultaat Geen."));
        }
        return problemen;
    }

    Uitslag uitslag() {
        return resultaat == null ? null : Uitslag.vanCode(resultaat).orElse(null);
    }

    RedenGeenResultaat reden() {
        return redenGeenResultaat == null ? null : RedenGeenResultaat.vanCode(redenGeenResultaat).orElse(null);
    }
}
