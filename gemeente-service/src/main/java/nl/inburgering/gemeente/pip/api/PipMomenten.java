package nl.inburgering.gemeente.pip.api;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

import nl.inburgering.platform.bsn.Bsn;

/**
 * When the gemeente last vastgesteld or changed a PIP of each of a page of inburgeraars, in one query: what the
 * signal "PIP opnieuw vaststellen" after a gedeeltelijke vrijstelling or ontheffing is answered by (issue 15,
 * decision 0036).
 */
public interface PipMomenten {

    /** @return per BSN the moment of his latest PIP (vastgesteld, gewijzigd or known from DUO); absent before any */
    Map<Bsn, Instant> laatstePip(String gemeentecode, Collection<Bsn> bsns);
}
