package nl.inburgering.duo.instelling.domain;

import java.time.LocalDate;

/**
 * An inschrijving of a person at an instelling (#20), as DUO keeps it for the lening and the kinderopvangtoeslag.
 *
 * @param taalniveau         null when the opleiding aims at none
 * @param gemeentecode       only with {@link Contractpartij#GEMEENTE}: the gemeente that bought it
 * @param verwachteEinddatum null when not known
 */
public record Inschrijving(String instellingsnummer, Leerroute leerroute, Taalniveau taalniveau,
        boolean taalschakeltraject, Contractpartij contractpartij, String gemeentecode, LocalDate datumInschrijving,
        LocalDate startdatum, LocalDate verwachteEinddatum) {
}
