package nl.inburgering.duo.inspanning.domain;

import java.time.LocalDate;

/**
 * The cumulative inspanning of a person at one instelling up to and including the peildatum (#18).
 *
 * @param datumAfrondingTaalschakeltraject null unless the taalschakeltraject is afgerond
 * @param actualisatiemoment               why this stand is delivered now (§14.2.1), the contract's name
 */
public record Inspanning(String instellingsnummer, String leerroute, LocalDate peildatum,
        LocalDate startdatumOnderwijs, int urenAangeboden, int urenAanwezig, int urenOngeoorloofdVerzuim,
        boolean taalschakeltrajectAfgerond, LocalDate datumAfrondingTaalschakeltraject, String actualisatiemoment) {
}
