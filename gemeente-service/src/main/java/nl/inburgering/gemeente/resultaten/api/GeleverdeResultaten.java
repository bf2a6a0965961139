package nl.inburgering.gemeente.resultaten.api;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

import nl.inburgering.platform.bsn.Bsn;

/**
 * When the gemeente last delivered a result of PVT, MAP or Z-route to DUO (#17), for a page of inburgeraars in one
 * query: whether a signal of DUO (#7) was answered (issue 14, decision 0031).
 */
public interface GeleverdeResultaten {

    /** @return per BSN the moment of his latest #17 from this service; absent when none */
    Map<Bsn, Instant> laatstGeleverd(String gemeentecode, Collection<Bsn> bsns);
}
