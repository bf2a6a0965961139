package nl.inburgering.coa.bewoner.application;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Gives every koppeling whose afspraaktermijn passed without an afspraak the standaard variant. The due date is a
 * column of the koppeling (afspraak_uiterlijk), so a restart loses nothing (architecture §5); each koppeling is
 * handled in its own transaction under the person's lock, so several instances may run it at once.
 */
@Component
class StandaardAfspraakJob {

    private static final Logger log = LoggerFactory.getLogger(StandaardAfspraakJob.class);
    private static final int PER_RONDE = 100;

    private final StandaardAfspraakToepassenHandler toepassen;

    StandaardAfspraakJob(StandaardAfspraakToepassenHandler toepassen) {
        this.toepassen = toepassen;
    }

    @Scheduled(fixedDelayString = "${keten.coa.afspraak-interval:PT1M}")
    void pasStandaardToe() {
        List<UUID> open = toepassen.teBehandelen(PER_RONDE);
        int toegepast = 0;
        for (UUID koppelingId : open) {
            if (toepassen.handle(new StandaardAfspraakToepassen(koppelingId))) {
                toegepast++;
            }
        }
        if (toegepast > 0) {
            log.info("Standaardafspraak (betrokken vanaf inschrijving) toegepast op {} koppeling(en)", toegepast);
        }
    }
}
