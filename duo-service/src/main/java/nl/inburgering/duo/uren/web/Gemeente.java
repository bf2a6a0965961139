package nl.inburgering.duo.uren.web;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import nl.inburgering.duo.uren.application.Urenstand;

/**
 * Schema {@code Gemeente} of DUO's GevolgdeUren API 1.0.0: one gemeente's stand. The spec spells the three
 * nested objects with a capital; {@code bekendTot} is exclusive, so it is the day after the peildatum (the
 * stand holds up to and including the peildatum). A soort the gemeente never reported is left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Gemeente(String gemeentecode, LocalDate bekendTot,
        @JsonProperty("ParticipatieAlsTaalles") Uren participatieAlsTaalles,
        @JsonProperty("ParticipatieactiviteitenBredeIntake") Uren participatieactiviteitenBredeIntake,
        @JsonProperty("TaallesEnKnmBredeIntake") Uren taallesEnKnmBredeIntake) {

    static Gemeente van(Urenstand stand) {
        return new Gemeente(stand.gemeentecode(), stand.peildatum().plusDays(1),
                uren(stand.participatieAlsTaalles()), uren(stand.participatieactiviteitenBredeIntake()),
                uren(stand.taallesEnKnmBredeIntake()));
    }

    private static Uren uren(Integer aantal) {
        return aantal == null ? null : new Uren(aantal);
    }
}
