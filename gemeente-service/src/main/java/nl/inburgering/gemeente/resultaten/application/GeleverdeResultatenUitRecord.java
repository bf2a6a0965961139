package nl.inburgering.gemeente.resultaten.application;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.resultaten.api.GeleverdeResultaten;
import nl.inburgering.gemeente.resultaten.persistence.ResultaatRepository;
import nl.inburgering.platform.bsn.Bsn;

/** The results feature's answer to {@link GeleverdeResultaten}: what its records say it sent, in one query. */
@Component
class GeleverdeResultatenUitRecord implements GeleverdeResultaten {

    private final ResultaatRepository resultaten;

    GeleverdeResultatenUitRecord(ResultaatRepository resultaten) {
        this.resultaten = resultaten;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Bsn, Instant> laatstGeleverd(String gemeentecode, Collection<Bsn> bsns) {
        Map<Bsn, Instant> geleverd = new HashMap<>();
        if (bsns.isEmpty()) {
            return geleverd;
        }
        resultaten.standenVoorPersonen(gemeentecode, bsns.stream().map(Bsn::value).toList()).stream()
                .filter(r -> r.getVerzondenOp() != null)
                .forEach(r -> geleverd.merge(Bsn.of(r.getBsn()), r.getVerzondenOp(),
                        (a, b) -> a.isAfter(b) ? a : b));
        return geleverd;
    }
}
