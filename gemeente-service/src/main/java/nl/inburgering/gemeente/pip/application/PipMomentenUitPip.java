package nl.inburgering.gemeente.pip.application;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.pip.api.PipMomenten;
import nl.inburgering.gemeente.pip.persistence.PipRepository;
import nl.inburgering.platform.bsn.Bsn;

/** The PIP feature's answer to {@link PipMomenten}: one query per page. */
@Component
class PipMomentenUitPip implements PipMomenten {

    private final PipRepository pips;

    PipMomentenUitPip(PipRepository pips) {
        this.pips = pips;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Bsn, Instant> laatstePip(String gemeentecode, Collection<Bsn> bsns) {
        Map<Bsn, Instant> momenten = new HashMap<>();
        if (bsns.isEmpty()) {
            return momenten;
        }
        pips.standenVoorPersonen(gemeentecode, bsns.stream().map(Bsn::value).toList())
                .forEach(pip -> momenten.merge(Bsn.of(pip.getBsn()), pip.getVastgesteldOp(),
                        (a, b) -> a.isAfter(b) ? a : b));
        return momenten;
    }
}
