package nl.inburgering.coa.bewoner.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import nl.inburgering.platform.bsn.Bsn;

/** One bewoner in a list: enough to find him back; the rest is in his {@link Bewonerdossier}. */
public record BewonerOverzicht(UUID id, Bsn bsn, String vNummer, String azcLocatie, Instant geregistreerdOp,
        boolean inburgeringsplichtig, String gekoppeldeGemeente, LocalDate uitgestroomdOp) {
}
