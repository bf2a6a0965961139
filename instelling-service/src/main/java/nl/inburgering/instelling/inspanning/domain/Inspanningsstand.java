package nl.inburgering.instelling.inspanning.domain;

import java.time.LocalDate;
import java.util.Objects;

import nl.inburgering.instelling.cursist.api.Leerroute;

/**
 * The cumulative stand of a cursist's inspanning at the instelling on a peildatum (#18): from the start of the
 * education up to and including the peildatum. A later stand replaces an earlier one, so DUO never counts twice.
 */
public record Inspanningsstand(String instellingsnummer, Leerroute leerroute, LocalDate startdatumOnderwijs,
        LocalDate peildatum, int urenAangeboden, int urenAanwezig, int urenOngeoorloofdVerzuim,
        boolean taalschakeltrajectAfgerond, LocalDate datumAfrondingTaalschakeltraject,
        Actualisatiemoment actualisatiemoment) {

    public Inspanningsstand {
        Objects.requireNonNull(instellingsnummer, "instellingsnummer");
        Objects.requireNonNull(leerroute, "leerroute");
        Objects.requireNonNull(startdatumOnderwijs, "startdatumOnderwijs");
        Objects.requireNonNull(peildatum, "peildatum");
        Objects.requireNonNull(actualisatiemoment, "actualisatiemoment");
    }
}
