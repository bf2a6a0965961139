package nl.inburgering.gemeente.pip.api;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

import nl.inburgering.platform.bsn.Bsn;

/**
 * Where the PIP and the inburgeringstermijn of a page of inburgeraars stand at the gemeente, in two queries whatever
 * the page's length: what the signals of the werkvoorraad are computed from (issue 14, decision 0031).
 */
public interface Termijnstanden {

    /** @return per BSN his stand; every BSN asked is present */
    Map<Bsn, Termijnstand> voor(String gemeentecode, Collection<Bsn> bsns);

    /**
     * @param einddatum          the last day of his actuele termijn (DUO's latest #5); null before DUO set one
     * @param laatsteWijziging   the day of DUO's latest #5 (vaststelling or wijziging); null before any
     * @param pipVastgesteld     whether the gemeente vastgesteld a PIP DUO did not reject
     */
    record Termijnstand(LocalDate einddatum, LocalDate laatsteWijziging, boolean pipVastgesteld) {

        public static final Termijnstand GEEN = new Termijnstand(null, null, false);
    }
}
