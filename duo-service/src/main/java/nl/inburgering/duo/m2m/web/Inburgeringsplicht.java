package nl.inburgering.duo.m2m.web;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.inburgering.duo.m2m.application.ActuelePlicht;

/**
 * Schema {@code Inburgeringsplicht} of DUO's Inburgeringsplicht API 1.2.2.
 * {@code datumKennisgevingInburgeringsplicht} (the day the kennisgeving was sent) is not registered by us
 * and therefore always left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Inburgeringsplicht(boolean indicatorInburgeringsplicht, LocalDate begindatum, LocalDate einddatum,
        LocalDate wijzigingsdatum, LocalDate datumKennisgevingInburgeringsplicht,
        RedenGeenInburgeringsplicht redenGeenInburgeringsplicht) {

    static Inburgeringsplicht van(ActuelePlicht plicht) {
        return new Inburgeringsplicht(plicht.plichtig(), plicht.begindatum(), plicht.einddatum(),
                plicht.wijzigingsdatum(), null,
                plicht.plichtig() ? null : RedenGeenInburgeringsplicht.van(plicht.reden()));
    }
}
