package nl.inburgering.gemeente.inburgeraar.application;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.inburgering.gemeente.inburgeraar.persistence.SignaalmomentRegister;
import nl.inburgering.platform.bsn.Bsn;

/**
 * Recomputes the signal index of the persons that transactions marked (decision 0046, second addendum), in batches:
 * the chapters' queries once for up to {@value #PARTIJ} persons, however many transactions marked them and however
 * often. One worker at a time per database (an advisory lock), so two instances never replace a person's windows side
 * by side. A person whose recomputation fails is tried alone, and after {@link SignaalmomentRegister#MAXIMUM_POGINGEN}
 * failures left marked: he stays a candidate of every filter, so the werkvoorraad still answers right, only slower.
 */
@Component
public class SignaalindexBijwerken {

    static final int PARTIJ = 500;

    private static final Logger log = LoggerFactory.getLogger(SignaalindexBijwerken.class);

    private final SignaalmomentenBijhouden bijhouden;
    private final SignaalmomentRegister register;
    private final TransactionTemplate transaction;
    /** A round also without a cue now and then: marks of another instance, or left from before a restart. */
    private final long sweepNanos;
    private long laatsteRonde = System.nanoTime();

    SignaalindexBijwerken(SignaalmomentenBijhouden bijhouden, SignaalmomentRegister register,
            TransactionTemplate transaction,
            @Value("${keten.gemeente.signaalindex.sweep:PT30S}") Duration sweep) {
        this.bijhouden = bijhouden;
        this.register = register;
        this.transaction = transaction;
        this.sweepNanos = sweep.toNanos();
    }

    @Scheduled(fixedDelayString = "${keten.gemeente.signaalindex.interval:PT1S}")
    public void opHetRooster() {
        boolean gemerkt = bijhouden.neemGemerkt();
        if (gemerkt || System.nanoTime() - laatsteRonde > sweepNanos) {
            bijwerken();
        }
    }

    /** Recomputes every marked person now, batch after batch; returns how many. */
    public int bijwerken() {
        laatsteRonde = System.nanoTime();
        int totaal = 0;
        int partij;
        do {
            Integer gedaan = partij();
            if (gedaan == null) { // another instance (or a caller) is at it: try again on the next round
                bijhouden.opnieuw();
                return totaal;
            }
            partij = gedaan;
            totaal += partij;
        } while (partij == PARTIJ);
        return totaal;
    }

    /** One batch in one transaction: how many persons, or null when another worker holds the lock. */
    private Integer partij() {
        try {
            return transaction.execute(s -> {
                if (!register.alleenBijwerker()) {
                    return null;
                }
                List<SignaalmomentRegister.Open> gelezen = register.open(PARTIJ);
                herbereken(gelezen);
                return gelezen.size();
            });
        } catch (RuntimeException e) {
            log.warn("Signaalindex van een partij niet bijgewerkt ({}); ieder apart", e.getClass().getSimpleName());
            return eenVoorEen();
        }
    }

    private void herbereken(List<SignaalmomentRegister.Open> open) {
        if (!open.isEmpty()) {
            bijhouden.herbereken(open.stream().map(o -> Bsn.of(o.bsn())).toList());
            register.bijgewerkt(open);
        }
    }

    private int eenVoorEen() {
        List<SignaalmomentRegister.Open> open = transaction.execute(s -> register.open(PARTIJ));
        for (SignaalmomentRegister.Open persoon : open) {
            try {
                transaction.executeWithoutResult(s -> {
                    if (register.alleenBijwerker()) {
                        herbereken(List.of(persoon));
                    }
                });
            } catch (RuntimeException e) {
                log.warn("Signaalindex van een persoon niet bijgewerkt: {}", e.getClass().getSimpleName());
                transaction.executeWithoutResult(s -> register.mislukt(persoon.bsn()));
            }
        }
        return 0; // the next round starts afresh: the failed persons are counted, the others done
    }
}
