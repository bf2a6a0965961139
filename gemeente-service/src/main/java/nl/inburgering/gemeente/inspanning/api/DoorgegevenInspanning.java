package nl.inburgering.gemeente.inspanning.api;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

import nl.inburgering.platform.bsn.Bsn;

/**
 * When the gemeente last forwarded an inspanning to DUO (#18), for a page of inburgeraars in one query: whether a
 * signal of DUO (#7) was answered (issue 14, decision 0031).
 */
public interface DoorgegevenInspanning {

    /** @return per BSN the moment of his latest #18 to DUO; absent when none */
    Map<Bsn, Instant> laatstDoorgegeven(String gemeentecode, Collection<Bsn> bsns);
}
