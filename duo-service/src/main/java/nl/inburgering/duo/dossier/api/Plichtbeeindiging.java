package nl.inburgering.duo.dossier.api;

import java.time.LocalDate;

import nl.inburgering.platform.bsn.Bsn;

/**
 * Ends the plicht of a plichtige in the person core, in the caller's transaction (seed §8, §10, §11, §13.5): the
 * plicht is no longer current, with its reden and einddatum; the plichthistorie records it; #3
 * InburgeringsplichtBeeindigd goes to the gemeente that has the plicht (the catalogue sends COA none); and
 * {@link PlichtBeeindigd} is published, so the modules that hang on the plicht (the deadlines) follow in the same
 * transaction.
 */
public interface Plichtbeeindiging {

    /**
     * @param einddatum the last day of the plicht
     * @return false when there was nothing to end (the person is not plichtig now): nothing happened
     */
    boolean beeindig(Bsn bsn, PlichtBeeindigd.Reden reden, LocalDate einddatum);
}
