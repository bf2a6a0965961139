package nl.inburgering.coa.bewoner.application;

import java.time.LocalDate;
import java.util.UUID;

/** Command: COA links a bewoner to a beoogde vestigingsgemeente (seed §3.3); the date of uitstroom if known. */
public record GemeenteKoppelen(UUID bewonerId, String gemeentecode, LocalDate verwachteDatumUitstroom) {
}
