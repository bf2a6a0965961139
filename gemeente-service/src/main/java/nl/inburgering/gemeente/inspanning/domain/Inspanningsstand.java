package nl.inburgering.gemeente.inspanning.domain;

import java.time.LocalDate;

/**
 * The cumulative inspanning of an inburgeraar at one instelling on a peildatum (#18): a later stand replaces an earlier
 * one (contract {@code Inspanning}).
 *
 * @param actualisatiemoment why the stand was delivered (the contract's Actualisatiemoment by name)
 */
public record Inspanningsstand(String instellingsnummer, String leerroute, LocalDate peildatum,
        LocalDate startdatumOnderwijs, int urenAangeboden, int urenAanwezig, int urenOngeoorloofdVerzuim,
        boolean taalschakeltrajectAfgerond, LocalDate datumAfrondingTaalschakeltraject, String actualisatiemoment) {

    /** The same stand delivered with another reason: what DUO gets when the gemeente brings #18 up to date. */
    public Inspanningsstand met(String anderMoment) {
        return new Inspanningsstand(instellingsnummer, leerroute, peildatum, startdatumOnderwijs, urenAangeboden,
                urenAanwezig, urenOngeoorloofdVerzuim, taalschakeltrajectAfgerond, datumAfrondingTaalschakeltraject,
                anderMoment);
    }

    /** Whether the facts are the same (the reason it was delivered aside). */
    public boolean zelfdeFeitenAls(Inspanningsstand ander) {
        return met(ander.actualisatiemoment()).equals(ander);
    }
}
