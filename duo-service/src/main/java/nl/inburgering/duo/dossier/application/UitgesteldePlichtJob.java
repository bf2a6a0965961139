package nl.inburgering.duo.dossier.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.inburgering.duo.dossier.domain.InburgeringsplichtPolicy;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtEntity;
import nl.inburgering.duo.dossier.persistence.InburgeringsplichtRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * A person who was not yet 18 becomes plichtig on the 18th birthday. The date is a row in the database,
 * picked up by this job, so a restart loses nothing (architecture §5). Each person is decided in his own
 * verwerking and transaction: locked, recorded in the Logboek, and read again under the lock, so a person another
 * run, another instance or an event already decided is left alone. A person that fails (an unreadable row) is
 * rolled back alone and logged; every other due person is still decided in the same run.
 */
@Component
class UitgesteldePlichtJob {

    private static final Logger log = LoggerFactory.getLogger(UitgesteldePlichtJob.class);

    private final InburgeringsplichtRepository plichten;
    private final InburgeringsplichtPolicy policy;
    private final BesluitVastleggen vastleggen;
    private final Persoonsverwerking verwerking;
    private final TransactionTemplate transaction;
    private final Clock clock;

    UitgesteldePlichtJob(InburgeringsplichtRepository plichten, InburgeringsplichtPolicy policy,
            BesluitVastleggen vastleggen, Persoonsverwerking verwerking, TransactionTemplate transaction,
            Clock clock) {
        this.plichten = plichten;
        this.policy = policy;
        this.vastleggen = vastleggen;
        this.verwerking = verwerking;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${keten.duo.herbeoordeling-interval:PT1M}")
    void herbeoordeel() {
        LocalDate vandaag = LocalDate.now(clock);
        String naBsn = "";
        List<String> pagina;
        do {
            pagina = plichten.uitgesteldTot(vandaag, naBsn);
            for (String rij : pagina) {
                // One person, one transaction: a person whose decision fails is rolled back alone, logged, and
                // tried again next run; the others are decided.
                try {
                    Bsn bsn = Bsn.of(rij);
                    transaction.executeWithoutResult(status -> herbeoordeel(bsn));
                } catch (RuntimeException e) {
                    log.error("Uitgestelde plicht van een persoon niet te beoordelen; de volgende run probeert het"
                            + " opnieuw ({})", e.getClass().getSimpleName());
                }
            }
            naBsn = pagina.isEmpty() ? naBsn : pagina.get(pagina.size() - 1);
        } while (pagina.size() == 100);
    }

    private void herbeoordeel(Bsn bsn) {
        verwerking.wijzigAlsBekend(BesluitVastleggen.VASTSTELLEN, bsn, this::nogTeBeoordelen, v -> {
            InburgeringsplichtEntity plicht = plichten.findById(bsn.value()).orElseThrow();
            vastleggen.leg(v, plicht, policy.beoordeel(plicht.verblijfsgegevens(), v.vandaag()));
        });
    }

    /** Read under the lock: still waiting for the day that has come. */
    private boolean nogTeBeoordelen(Bsn bsn) {
        return plichten.findById(bsn.value())
                .filter(p -> p.getStatus() == InburgeringsplichtEntity.Status.NOG_NIET_PLICHTIG
                        && !p.getBegindatum().isAfter(verwerkingsdag()))
                .isPresent();
    }

    private LocalDate verwerkingsdag() {
        return LocalDate.now(clock);
    }
}
