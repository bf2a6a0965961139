package nl.inburgering.gemeente.inspanning.application;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.inspanning.api.DoorgegevenInspanning;
import nl.inburgering.gemeente.inspanning.persistence.InspanningRepository;
import nl.inburgering.platform.bsn.Bsn;

/** The inspanning feature's answer to {@link DoorgegevenInspanning}: the stands it forwarded, in one query. */
@Component
class DoorgegevenInspanningUitStanden implements DoorgegevenInspanning {

    private final InspanningRepository standen;

    DoorgegevenInspanningUitStanden(InspanningRepository standen) {
        this.standen = standen;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Bsn, Instant> laatstDoorgegeven(String gemeentecode, Collection<Bsn> bsns) {
        Map<Bsn, Instant> doorgegeven = new HashMap<>();
        if (bsns.isEmpty()) {
            return doorgegeven;
        }
        standen.voorPersonen(gemeentecode, bsns).stream()
                .filter(s -> s.getDoorgegevenOp() != null)
                .forEach(s -> doorgegeven.merge(Bsn.of(s.getBsn()), s.getDoorgegevenOp(),
                        (a, b) -> a.isAfter(b) ? a : b));
        return doorgegeven;
    }
}
