package nl.inburgering.duo.m2m.web;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.inburgering.duo.m2m.application.Doelgroepperiode;

/** Schema {@code Doelgroephistorie} of DUO's Inburgeringsplicht API 1.2.2. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Doelgroephistorie(String indeling, LocalDate begindatum, LocalDate einddatum) {

    static Doelgroephistorie van(Doelgroepperiode periode) {
        return new Doelgroephistorie(periode.doelgroep().indeling().omschrijving(), periode.begindatum(),
                periode.einddatum());
    }
}
