package nl.inburgering.duo.pip.api;

import java.time.LocalDate;

import nl.inburgering.platform.bsn.Bsn;

/**
 * The inburgeringstermijn of a person was set or changed: on the first PIP, and on every verlenging or new termijn
 * after a boete. An application event published in the transaction of the change and handled there (synchronously),
 * so the deadlines that hang on the termijn move with it or not at all.
 *
 * @param einddatum inclusive: the inburgeraar has until and including this day
 */
public record TermijnIngesteld(Bsn bsn, String gemeentecode, LocalDate begindatum, LocalDate einddatum,
        Aanleiding aanleiding) {

    public enum Aanleiding { EERSTE_PIP, VERLENGING_OP_VERZOEK, VERLENGING_AMBTSHALVE, NIEUWE_TERMIJN_NA_BOETE }
}
