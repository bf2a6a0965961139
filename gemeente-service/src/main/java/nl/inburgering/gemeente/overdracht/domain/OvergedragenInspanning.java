package nl.inburgering.gemeente.overdracht.domain;

import java.time.LocalDate;

/**
 * The stand of the inspanning at one instelling as the old gemeente handed it over (#19): what the new gemeente needs
 * to see where he stands without asking the instelling again. Values by the contract's names.
 */
public record OvergedragenInspanning(String instellingsnummer, String leerroute, LocalDate peildatum,
        LocalDate startdatumOnderwijs, int urenAangeboden, int urenAanwezig, int urenOngeoorloofdVerzuim,
        boolean taalschakeltrajectAfgerond, String actualisatiemoment) {
}
