package nl.inburgering.instelling.cursist.api;

import java.time.LocalDate;
import java.util.UUID;

import nl.inburgering.platform.bsn.Bsn;

/**
 * One inschrijving of an inburgeraar at this instelling, as the other features see it.
 *
 * @param gemeentecode       the gemeente that bought the lessons; only with {@link Contractpartij#GEMEENTE}
 * @param datumUitschrijving null while the inschrijving is open
 * @param opleidingAfgerond  at the uitschrijving: whether the course was completed; null while open
 */
public record Cursist(UUID id, String instellingsnummer, Bsn bsn, Leerroute leerroute, Taalniveau taalniveau,
        boolean taalschakeltraject, Contractpartij contractpartij, String gemeentecode, LocalDate datumInschrijving,
        LocalDate startdatum, LocalDate verwachteEinddatum, LocalDate datumUitschrijving,
        Boolean opleidingAfgerond) {

    public boolean isIngeschreven() {
        return datumUitschrijving == null;
    }
}
