package nl.inburgering.duo.termijnbewaking.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.inburgering.duo.termijnbewaking.api.DeadlineVerstreken;
import nl.inburgering.duo.termijnbewaking.persistence.DeadlineEntity;
import nl.inburgering.duo.termijnbewaking.persistence.DeadlineRepository;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;
import nl.inburgering.platform.verwerking.Persoonsverwerking;

/**
 * Fires every due deadline once, in order of vervaldag (then soort), reading the injected clock. Each deadline in a
 * transaction and verwerking of its own: the person is locked, the row read again under the lock (still unfired?),
 * {@link DeadlineVerstreken} published to the synchronous listeners, and the row marked fired, all in one commit. A
 * second run, a second instance or a crash after the commit finds it fired; a listener that throws rolls back its
 * deadline alone (logged), which fires again on the next run with the person's later deadlines, while the others go
 * on.
 */
@Component
public class TermijnbewakingJob {

    static final Verwerkingsactiviteit VERSTRIJKEN = new Verwerkingsactiviteit(
            "https://inburgering.nl/verwerkingsactiviteiten/duo/termijnbewaking-deadline-verstreken",
            "Termijnbewaking: deadline verstreken");

    private static final Logger log = LoggerFactory.getLogger(TermijnbewakingJob.class);
    private static final int PAGINA = 100;

    private final DeadlineRepository deadlines;
    private final Persoonsverwerking verwerking;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TermijnbewakingJob(DeadlineRepository deadlines, Persoonsverwerking verwerking, TransactionTemplate transaction,
            ApplicationEventPublisher events, Clock clock) {
        this.deadlines = deadlines;
        this.verwerking = verwerking;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    /** One run: every deadline due today (by the injected clock); returns how many fired. */
    @Scheduled(fixedDelayString = "${keten.duo.termijnbewaking.interval:PT1M}")
    public int vuur() {
        LocalDate vandaag = LocalDate.now(clock);
        LocalDate naDag = LocalDate.of(1, 1, 1);
        int naVolgorde = -1;
        UUID naId = new UUID(0, 0);
        int gevuurd = 0;
        // a person whose deadline failed waits for the next run with his later ones, so his deadlines keep their order
        Set<String> opgehouden = new HashSet<>();
        List<DeadlineRepository.Verschuldigd> pagina;
        do {
            pagina = deadlines.verschuldigd(vandaag, naDag, naVolgorde, naId, PAGINA);
            for (var deadline : pagina) {
                if (opgehouden.contains(deadline.getBsn())) {
                    continue;
                }
                try {
                    Boolean ok = transaction.execute(status -> vuur(deadline.getId(), Bsn.of(deadline.getBsn()),
                            vandaag));
                    gevuurd += Boolean.TRUE.equals(ok) ? 1 : 0;
                } catch (RuntimeException e) {
                    opgehouden.add(deadline.getBsn());
                    // the deadline's id, never the person: an exception's message may carry personal data
                    log.error("Deadline {} niet afgehandeld; de volgende run probeert het opnieuw ({})",
                            deadline.getId(), e.getClass().getSimpleName());
                }
            }
            if (!pagina.isEmpty()) {
                var laatste = pagina.get(pagina.size() - 1);
                naDag = laatste.getVervaldag();
                naVolgorde = laatste.getVolgorde();
                naId = laatste.getId();
            }
        } while (pagina.size() == PAGINA);
        return gevuurd;
    }

    private boolean vuur(UUID id, Bsn bsn, LocalDate vandaag) {
        return verwerking.wijzigAlsBekend(VERSTRIJKEN, bsn, b -> deadlines.nogTeVuren(id, vandaag).isPresent(), v -> {
            DeadlineEntity deadline = deadlines.nogTeVuren(id, vandaag).orElseThrow();
            events.publishEvent(new DeadlineVerstreken(bsn, deadline.getSoort(), deadline.getVervaldag()));
            deadlines.markeerGevuurd(id, v.nu());
        });
    }
}
