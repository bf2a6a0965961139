package nl.inburgering.gemeente.handhaving.domain;

import java.time.LocalDate;

/**
 * DUO's #7 InburgeringsplichtigeGesignaleerd as the gemeente keeps it.
 *
 * @param reden                 DUO's Signaleringsreden by its name (VIER_WEKEN_VOOR_EINDE_TERMIJN,
 *                              VOORAANKONDIGING_BOETE, VIER_WEKEN_NA_EINDE_TERMIJN, AANVRAAG_VERLENGING_ONTVANGEN)
 * @param uiterlijkeLeverdatum  the day by which DUO asks for #17 and #18; null when DUO gave none
 */
public record Signalering(String reden, LocalDate datumSignalering, LocalDate einddatumInburgeringstermijn,
        LocalDate uiterlijkeLeverdatum, LocalDate datumAanvraagVerlenging) {

    public static final String VOORAANKONDIGING_BOETE = "VOORAANKONDIGING_BOETE";
}
