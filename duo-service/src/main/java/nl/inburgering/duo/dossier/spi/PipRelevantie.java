package nl.inburgering.duo.dossier.spi;

import nl.inburgering.platform.bsn.Bsn;

/**
 * Clauses 3 and 4 of the relevance rule, answered by the module that registers the PIPs: the gemeente of the actuele
 * PIP, and the one before it while the actuele PIP is less than a month old.
 */
public interface PipRelevantie {

    PipGemeenten pipGemeenten(Bsn bsn);

    /**
     * @param actuelePip               the gemeente of the actuele PIP, or null
     * @param actueleJongerDanEenMaand whether the actuele PIP's gemeente took over less than a month ago (counted
     *                                 from the first PIP of its own since another gemeente's)
     * @param vorigePip                the gemeente of the newest PIP of another gemeente, or null
     */
    record PipGemeenten(String actuelePip, boolean actueleJongerDanEenMaand, String vorigePip) {

        public static final PipGemeenten GEEN = new PipGemeenten(null, false, null);
    }
}
