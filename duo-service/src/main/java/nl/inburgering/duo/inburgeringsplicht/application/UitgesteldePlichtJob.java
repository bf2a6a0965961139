package nl.inburgering.duo.inburgeringsplicht.application;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.inburgering.duo.inburgeringsplicht.domain.InburgeringsplichtPolicy;
import nl.inburgering.duo.inburgeringsplicht.persistence.InburgeringsplichtEntity;
import nl.inburgering.duo.inburgeringsplicht.persistence.InburgeringsplichtRepository;

/**
 * A person who was not yet 18 becomes plichtig on the 18th birthday. The date is a row in the database,
 * picked up by this job, so a restart loses nothing (architecture §5).
 */
@Component
class UitgesteldePlichtJob {

    private final InburgeringsplichtRepository plichten;
    private final InburgeringsplichtPolicy policy;
    private final BesluitVastleggen vastleggen;
    private final TransactionTemplate transaction;
    private final Clock clock;

    UitgesteldePlichtJob(InburgeringsplichtRepository plichten, InburgeringsplichtPolicy policy,
            BesluitVastleggen vastleggen, TransactionTemplate transaction, Clock clock) {
        this.plichten = plichten;
        this.policy = policy;
        this.vastleggen = vastleggen;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${keten.duo.herbeoordeling-interval:PT1M}")
    void herbeoordeel() {
        LocalDate vandaag = LocalDate.now(clock);
        transaction.executeWithoutResult(status -> {
            for (InburgeringsplichtEntity plicht : plichten.findTop100ByStatusAndBegindatumLessThanEqualOrderByBegindatum(
                    InburgeringsplichtEntity.Status.NOG_NIET_PLICHTIG, vandaag)) {
                vastleggen.leg(plicht, policy.beoordeel(plicht.verblijfsgegevens(), vandaag), vandaag);
            }
        });
    }
}
