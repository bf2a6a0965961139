package nl.inburgering.coa.bewoner.application;

import nl.inburgering.platform.bsn.Bsn;

/** Command: COA registers an asielstatushouder it houses in an AZC. */
public record BewonerRegistreren(Bsn bsn, String vNummer, String azcLocatie) {
}
