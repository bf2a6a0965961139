package nl.inburgering.instelling.cursist.domain;

import java.time.LocalDate;
import java.util.Objects;

import nl.inburgering.instelling.cursist.api.Contractpartij;
import nl.inburgering.instelling.cursist.api.Leerroute;
import nl.inburgering.instelling.cursist.api.Taalniveau;
import nl.inburgering.platform.bsn.Bsn;

/** A checked inschrijving of an inburgeraar at an instelling (seed §5.4, #20). */
public record Inschrijving(Bsn bsn, String instellingsnummer, Leerroute leerroute, Taalniveau taalniveau,
        boolean taalschakeltraject, Contractpartij contractpartij, String gemeentecode, LocalDate datumInschrijving,
        LocalDate startdatum, LocalDate verwachteEinddatum) {

    public Inschrijving {
        Objects.requireNonNull(bsn, "bsn");
        Objects.requireNonNull(instellingsnummer, "instellingsnummer");
        Objects.requireNonNull(leerroute, "leerroute");
        Objects.requireNonNull(contractpartij, "contractpartij");
        Objects.requireNonNull(datumInschrijving, "datumInschrijving");
        Objects.requireNonNull(startdatum, "startdatum");
    }
}
