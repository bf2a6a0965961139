package nl.inburgering.duo.m2m.web;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.inburgering.duo.m2m.application.Plichtmutatie;

/** Schema {@code Inburgeringsplichthistorie} of DUO's Inburgeringsplicht API 1.2.2. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Inburgeringsplichthistorie(boolean indicatorInburgeringsplicht, LocalDate begindatum,
        LocalDate einddatum, LocalDate wijzigingsdatum) {

    static Inburgeringsplichthistorie van(Plichtmutatie mutatie) {
        return new Inburgeringsplichthistorie(mutatie.plichtig(), mutatie.begindatum(), mutatie.einddatum(),
                mutatie.wijzigingsdatum());
    }
}
