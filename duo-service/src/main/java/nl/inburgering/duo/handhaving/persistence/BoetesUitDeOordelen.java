package nl.inburgering.duo.handhaving.persistence;

import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.handhaving.api.Boetes;
import nl.inburgering.duo.handhaving.domain.Verwijtbaarheidsoordeel;
import nl.inburgering.platform.bsn.Bsn;

/** {@link Boetes} from the handhavingsoordelen: a VERWIJTBAAR oordeel is a boete (with its new termijn). */
@Component
class BoetesUitDeOordelen implements Boetes {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private final HandhavingsoordeelRepository oordelen;

    BoetesUitDeOordelen(HandhavingsoordeelRepository oordelen) {
        this.oordelen = oordelen;
    }

    @Override
    @Transactional(readOnly = true)
    public int aantalOpgelegd(Bsn bsn, LocalDate peildatum) {
        return (int) oordelen.findByBsnOrderByVervaldag(bsn.value()).stream()
                .filter(o -> o.getUitkomst() == Verwijtbaarheidsoordeel.Uitkomst.VERWIJTBAAR)
                .filter(o -> !o.getBeoordeeldOp().atZone(NL).toLocalDate().isAfter(peildatum))
                .count();
    }
}
