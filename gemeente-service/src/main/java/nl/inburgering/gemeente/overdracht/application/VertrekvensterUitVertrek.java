package nl.inburgering.gemeente.overdracht.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.inburgeraar.api.Vertrekvenster;
import nl.inburgering.gemeente.overdracht.domain.Overdrachtstermijnen;
import nl.inburgering.gemeente.overdracht.persistence.VertrekRepository;
import nl.inburgering.platform.bsn.Bsn;

/** The overdracht feature's answer to {@link Vertrekvenster}: his latest departure from that gemeente decides. */
@Component
class VertrekvensterUitVertrek implements Vertrekvenster {

    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private final VertrekRepository vertrekken;
    private final Clock klok;

    VertrekvensterUitVertrek(VertrekRepository vertrekken, Clock klok) {
        this.vertrekken = vertrekken;
        this.klok = klok;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean magNogActualiseren(Bsn bsn, String gemeentecodeOud) {
        LocalDate vandaag = LocalDate.now(klok.withZone(NEDERLAND));
        return vertrekken.findByBsnAndGemeentecodeOrderByDatumVerhuizingDesc(bsn.value(), gemeentecodeOud).stream()
                .findFirst().map(v -> Overdrachtstermijnen.magNogActualiseren(v.getActualiserenUiterlijk(),
                        v.getGeleverdOp() != null, vandaag))
                .orElse(false);
    }
}
