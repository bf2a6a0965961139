package nl.inburgering.duo.instelling.domain;

import java.time.LocalDate;

/** An uitschrijving (#20): afgerond, or voortijdig. */
public record Uitschrijving(String instellingsnummer, LocalDate datumUitschrijving, boolean opleidingAfgerond) {
}
