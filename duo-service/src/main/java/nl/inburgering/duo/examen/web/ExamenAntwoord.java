package nl.inburgering.duo.examen.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.inburgering.duo.examen.application.Examen;

/**
 * An examen as the backoffice sees it, with the codes of DUO's Examen API.
 *
 * @param status      AANGEMELD, GEPLAND or UITSLAG
 * @param geleverdAan the recipients of the #13 once the uitslag is there
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ExamenAntwoord(UUID id, String onderdeel, String niveau, String status, LocalDate examendatum,
        String resultaat, String redenGeenResultaat, LocalDate datumDefinitieveUitslag, Levering geleverdAan) {

    record Levering(String gemeentecode, List<String> instellingsnummers) {
    }

    static ExamenAntwoord van(Examen e) {
        return new ExamenAntwoord(e.id(), e.onderdeel().name(), e.niveau() == null ? null : e.niveau().name(),
                e.status().name(), e.examendatum(), e.uitslag() == null ? null : e.uitslag().code(),
                e.redenGeenResultaat() == null ? null : e.redenGeenResultaat().code(), e.datumDefinitieveUitslag(),
                e.geleverdAanGemeente() == null ? null
                        : new Levering(e.geleverdAanGemeente(), e.geleverdAanInstellingen()));
    }
}
