package nl.inburgering.duo.dossier.api;

import java.time.Instant;
import java.time.LocalDate;

import nl.inburgering.platform.bsn.Bsn;

/**
 * The plicht of a person ended (voldaan, vrijstelling, ontheffing, a change of verblijfsrecht, vertrek, the
 * AOW-leeftijd or overlijden). An application event
 * published in the transaction that ends it and handled there (synchronously): the deadlines of the person are
 * dropped with it or not at all.
 */
public record PlichtBeeindigd(Bsn bsn, LocalDate einddatum, Reden reden, Instant op) {

    /** Why the plicht ended (seed §8, §10, §11, §13.3-§13.5); DUO's RedenGeenInburgeringsplicht follows from it. */
    public enum Reden {
        VOLDAAN,
        VOLLEDIGE_VRIJSTELLING,
        /** A tijdelijke vrijstelling: the plicht resumes when it ends ({@link Plichtwijziging#hervat}). */
        TIJDELIJKE_VRIJSTELLING,
        VOLLEDIGE_ONTHEFFING,
        /** IND's #2: another verblijfsdoel without plicht, an intrekking or a naturalisatie (§13.5). */
        VERBLIJFSDOEL_GEWIJZIGD,
        /** More than a year in the buitenland after the vertrek in the BRP (§13.3). */
        VERTREK_UIT_NEDERLAND,
        /** The person reached the AOW-leeftijd during the plicht (SS110). */
        AOW_LEEFTIJD_BEREIKT,
        OVERLIJDEN,
        OVERIG
    }
}
