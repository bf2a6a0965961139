package nl.inburgering.duo.pip.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.dossier.spi.PipRelevantie;
import nl.inburgering.duo.pip.persistence.PipEntity;
import nl.inburgering.duo.pip.persistence.PipRepository;
import nl.inburgering.platform.bsn.Bsn;

/**
 * Clauses 3 and 4 of the relevance rule from the PIPs DUO registered: the gemeente of the actuele PIP, and the
 * gemeente of the newest PIP of another gemeente while the actuele gemeente's first PIP since then is less than a
 * month old. "Old" counts from the day DUO registered that PIP, the day the previous gemeente lost clause 3: it keeps a month to wind up (overdracht, #19). Read within the relevance check of
 * the caller, which records no Logboek entry: it decides whether the person may be consulted at all.
 */
@Component
@Transactional(readOnly = true)
class PipRelevantieVanDePips implements PipRelevantie {

    private final PipRepository pips;
    private final Clock clock;

    PipRelevantieVanDePips(PipRepository pips, Clock clock) {
        this.pips = pips;
        this.clock = clock;
    }

    @Override
    public PipGemeenten pipGemeenten(Bsn bsn) {
        List<PipEntity> geregistreerd = pips.findByBsnAndVerwijderdFalseOrderByIdDesc(bsn.value());
        if (geregistreerd.isEmpty()) {
            return PipGemeenten.GEEN;
        }
        // Newest first. The actuele gemeente's run: its own PIPs back to the newest PIP of another gemeente. A change
        // of its own PIP (PipGewijzigd) neither restarts the month nor makes the previous gemeente its own.
        String actuele = geregistreerd.get(0).getGemeentecode();
        PipEntity eersteVanDeActuele = geregistreerd.get(0);
        String vorige = null;
        for (PipEntity pip : geregistreerd) {
            if (!pip.getGemeentecode().equals(actuele)) {
                vorige = pip.getGemeentecode();
                break;
            }
            eersteVanDeActuele = pip;
        }
        boolean jongerDanEenMaand = vorige != null
                && eersteVanDeActuele.getGeregistreerdOp().plusMonths(1).isAfter(LocalDate.now(clock));
        return new PipGemeenten(actuele, jongerDanEenMaand, vorige);
    }
}
