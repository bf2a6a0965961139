package nl.inburgering.duo.notificatie.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;
import nl.inburgering.duo.notificatie.persistence.NotificatieRegister;
import nl.inburgering.platform.bsn.Bsn;

/**
 * Delivers the recorded notifications (decision 0030): per gemeente on a thread of its own, so one that is down or
 * slow never holds up another; per gemeente strictly in volgnummer order, stopping at the first notification that
 * could not be delivered, so a later one for a person is never sent before an earlier one arrived. After a failure the
 * gemeente waits {@code backOffStart}, doubled per failure in a row up to {@code backOffMaximum}. A notification the
 * gemeente refuses as malformed (a 4xx about the request) is recorded as GEWEIGERD with the answer and not retried; the
 * next one follows. Several instances are safe: a gemeente is delivered by whoever holds the lock on its row.
 */
public class NotificatieVerzender {

    private static final Logger log = LoggerFactory.getLogger(NotificatieVerzender.class);
    private static final int PER_RONDE = 100;

    private final Abonnementen abonnementen;
    private final NotificatieRegister register;
    private final Bezorging bezorging;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration backOffStart;
    private final Duration backOffMaximum;
    private final ExecutorService draden;
    private final Map<String, AtomicBoolean> bezig = new ConcurrentHashMap<>();

    public NotificatieVerzender(Abonnementen abonnementen, NotificatieRegister register, Bezorging bezorging,
            TransactionTemplate transaction, Clock clock, Duration backOffStart, Duration backOffMaximum) {
        this.abonnementen = abonnementen;
        this.register = register;
        this.bezorging = bezorging;
        this.transaction = transaction;
        this.clock = clock;
        this.backOffStart = backOffStart;
        this.backOffMaximum = backOffMaximum;
        this.draden = Executors.newFixedThreadPool(Math.max(1, abonnementen.alle().size()), r -> {
            Thread draad = new Thread(r, "notificatie-bezorging");
            draad.setDaemon(true);
            return draad;
        });
    }

    @Scheduled(fixedDelayString = "${keten.duo.notificatie.interval:PT1S}")
    public void bezorgAlles() {
        for (Abonnement abonnement : abonnementen.alle()) {
            AtomicBoolean vlag = bezig.computeIfAbsent(abonnement.gemeentecode(), g -> new AtomicBoolean());
            if (vlag.compareAndSet(false, true)) {
                draden.execute(() -> {
                    try {
                        bezorg(abonnement);
                    } catch (RuntimeException e) {
                        log.warn("Notificaties voor gemeente {} niet bezorgd: {}", abonnement.gemeentecode(),
                                e.getClass().getSimpleName());
                    } finally {
                        vlag.set(false);
                    }
                });
            }
        }
    }

    /** One round for one gemeente: while it answers, everything that waits, in order. */
    public void bezorg(Abonnement abonnement) {
        boolean meer = true;
        while (meer) {
            meer = Boolean.TRUE.equals(transaction.execute(status -> ronde(abonnement)));
        }
    }

    private boolean ronde(Abonnement abonnement) {
        var abonnee = register.vergrendel(abonnement.gemeentecode());
        if (abonnee.isEmpty()) {
            return false; // another instance delivers for this gemeente now
        }
        Instant nu = clock.instant();
        if (abonnee.get().volgendePoging() != null && nu.isBefore(abonnee.get().volgendePoging())) {
            return false;
        }
        var rijen = register.teVersturen(abonnement.gemeentecode(), PER_RONDE);
        int foutenOpRij = abonnee.get().foutenOpRij();
        for (var rij : rijen) {
            var uitkomst = bezorging.bezorg(abonnement, rij.berichtId(), Bsn.of(rij.bsn()), rij.gebeurtenisId(),
                    rij.registratie());
            Instant na = clock.instant();
            switch (uitkomst.soort()) {
                case AFGELEVERD -> register.afgeleverd(rij.berichtId(), abonnement.gemeentecode(), na);
                case GEWEIGERD -> {
                    log.warn("Gemeente {} weigert notificatie {} ({}): vastgelegd, niet opnieuw verstuurd",
                            abonnement.gemeentecode(), rij.berichtId(), uitkomst.fout());
                    register.geweigerd(rij.berichtId(), uitkomst.fout(), na);
                }
                case OPNIEUW -> {
                    Instant volgende = na.plus(wachttijd(foutenOpRij + 1));
                    log.info("Gemeente {} niet bereikt ({}); volgende poging om {}", abonnement.gemeentecode(),
                            uitkomst.fout(), volgende);
                    register.mislukt(rij.berichtId(), abonnement.gemeentecode(), uitkomst.fout(), na, volgende);
                    return false;
                }
            }
        }
        return rijen.size() == PER_RONDE;
    }

    /** {@code backOffStart * 2^(n-1)}, at most {@code backOffMaximum}. */
    Duration wachttijd(int foutenOpRij) {
        Duration wacht = backOffStart;
        for (int i = 1; i < foutenOpRij && wacht.compareTo(backOffMaximum) < 0; i++) {
            wacht = wacht.multipliedBy(2);
        }
        return wacht.compareTo(backOffMaximum) > 0 ? backOffMaximum : wacht;
    }

    @PreDestroy
    void stop() {
        draden.shutdownNow();
    }
}
