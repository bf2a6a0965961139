package nl.inburgering.coa.bewoner.application;

/** Command: COA registers an asielstatushouder it houses in an AZC. */
public record BewonerRegistreren(String bsn, String vNummer, String azcLocatie) {
}
