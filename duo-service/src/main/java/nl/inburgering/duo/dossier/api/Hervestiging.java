package nl.inburgering.duo.dossier.api;

import java.time.LocalDate;

import nl.inburgering.platform.bsn.Bsn;

/**
 * The BRP's vestiging of a person changes outside a BRP verhuizing: a plichtige who left for the buitenland is
 * ingeschreven again in another gemeente (seed §13.3). The core handles it as it handles a verhuizing, in the caller's
 * transaction: the vestiging moves and, when his plicht now goes to another gemeente, #3 goes there again (aanleiding
 * OVERDRACHT_NA_VERHUIZING; the overdracht #19 itself is issue 16).
 */
public interface Hervestiging {

    void gevestigd(Bsn bsn, String gemeentecode, LocalDate datum);
}
