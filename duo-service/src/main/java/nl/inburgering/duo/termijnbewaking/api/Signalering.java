package nl.inburgering.duo.termijnbewaking.api;

import java.time.LocalDate;

import nl.inburgering.platform.bsn.Bsn;

/**
 * DUO pointed the gemeente to an inburgeringsplichtige for a reason (stelseldienst #7): the past-tense domain event
 * every module that signals publishes with {@code Verwerking.publiceer}; termijnbewaking's messaging translates it.
 *
 * @param datumAanvraagVerlenging only with {@link Reden#AANVRAAG_VERLENGING_ONTVANGEN}
 * @param uiterlijkeLeverdatum    the last day the gemeente has to deliver up-to-date data (10 werkdagen); null when
 *                                the signal asks nothing
 */
public record Signalering(Bsn bsn, String gemeentecode, Reden reden, LocalDate einddatumInburgeringstermijn,
        LocalDate datumSignalering, LocalDate datumAanvraagVerlenging, LocalDate uiterlijkeLeverdatum) {

    public enum Reden {
        VIER_WEKEN_VOOR_EINDE_TERMIJN, VOORAANKONDIGING_BOETE, VIER_WEKEN_NA_EINDE_TERMIJN,
        AANVRAAG_VERLENGING_ONTVANGEN
    }
}
