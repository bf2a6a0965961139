package nl.inburgering.duo.m2m.web;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import nl.inburgering.duo.m2m.application.Doelgroepperiode;

/**
 * Schema {@code Doelgroep} of DUO's Inburgeringsplicht API 1.2.2: {@code indeling} and
 * {@code gedetailleerdeDoelgroep} carry the spec's enum strings. {@code asielrechtenWijzigingVerblijfsdoel}
 * is not registered by us yet and therefore always left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Doelgroep(String indeling, LocalDate begindatum, String gedetailleerdeDoelgroep,
        AsielrechtenWijzigingVerblijfsdoel asielrechtenWijzigingVerblijfsdoel) {

    static Doelgroep van(Doelgroepperiode periode) {
        return new Doelgroep(periode.doelgroep().indeling().omschrijving(), periode.begindatum(),
                periode.doelgroep().omschrijving(), null);
    }
}
