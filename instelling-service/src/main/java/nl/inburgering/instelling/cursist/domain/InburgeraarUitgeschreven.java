package nl.inburgering.instelling.cursist.domain;

import java.time.LocalDate;

import nl.inburgering.platform.bsn.Bsn;

/** Domain event: the instelling recorded an uitschrijving; DUO hears of it with #20. */
public record InburgeraarUitgeschreven(Bsn bsn, String instellingsnummer, LocalDate datumUitschrijving,
        boolean opleidingAfgerond) {
}
