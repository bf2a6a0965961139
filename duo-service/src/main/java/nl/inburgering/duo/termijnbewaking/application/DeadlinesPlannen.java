package nl.inburgering.duo.termijnbewaking.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.duo.dossier.api.PlichtBeeindigd;
import nl.inburgering.duo.dossier.api.PlichtGeleverd;
import nl.inburgering.duo.pip.api.TermijnIngesteld;
import nl.inburgering.duo.termijnbewaking.api.Deadlineplanning;
import nl.inburgering.duo.termijnbewaking.api.Deadlinesoort;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.duo.termijnbewaking.domain.Termijnbewakingspolicy;
import nl.inburgering.duo.termijnbewaking.persistence.DeadlineEntity;
import nl.inburgering.duo.termijnbewaking.persistence.DeadlineRepository;

/**
 * Plans a person's deadlines from the facts other modules publish, synchronously in their transaction (and so in
 * their verwerking, under the person's lock): the deadlines move with the fact or not at all.
 */
@Component
class DeadlinesPlannen implements Deadlineplanning {

    /** The deadlines that hang on the termijn: replaced, while unfired, whenever the termijn changes. */
    static final Set<Deadlinesoort> TERMIJNDEADLINES = EnumSet.of(Deadlinesoort.KENNISGEVING_TWEE_MAANDEN_VOOR_EINDE,
            Deadlinesoort.VIER_WEKEN_VOOR_EINDE, Deadlinesoort.EINDE_TERMIJN, Deadlinesoort.VIER_WEKEN_NA_EINDE);

    private final DeadlineRepository deadlines;
    private final Termijnbewakingspolicy policy;
    private final Clock clock;

    DeadlinesPlannen(DeadlineRepository deadlines, Termijnbewakingspolicy policy, Clock clock) {
        this.deadlines = deadlines;
        this.policy = policy;
        this.clock = clock;
    }

    /** The first PIP set the termijn, or a verlenging or a new termijn changed it. */
    @EventListener
    void termijnIngesteld(TermijnIngesteld termijn) {
        deadlines.verwijderOngevuurd(termijn.bsn().value(), TERMIJNDEADLINES);
        Instant nu = clock.instant();
        for (var deadline : policy.termijndeadlines(termijn.einddatum())) {
            deadlines.save(new DeadlineEntity(termijn.bsn().value(), deadline.soort(), deadline.vervaldag(),
                    termijn.gemeentecode(), termijn.einddatum(), nu));
        }
    }

    /**
     * The plicht reached a gemeente (#3): ten weeks for the leerroute, from the first delivery to a gemeente only (a
     * #3 again after a verhuizing does not restart them; a #3 to COA starts nothing, the koppeling's #3 does).
     */
    @EventListener
    void plichtGeleverd(PlichtGeleverd geleverd) {
        if (!geleverd.aanGemeente()
                || deadlines.existsByBsnAndSoort(geleverd.bsn().value(), Deadlinesoort.TIEN_WEKEN_LEERROUTE)) {
            return;
        }
        LocalDate dag = LocalDate.ofInstant(geleverd.signaal(), clock.getZone());
        var deadline = policy.tienWekenLeerroute(dag);
        deadlines.save(new DeadlineEntity(geleverd.bsn().value(), deadline.soort(), deadline.vervaldag(),
                geleverd.gemeentecode(), null, clock.instant()));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void plan(Bsn bsn, Deadlinesoort soort, LocalDate vervaldag, String gemeentecode) {
        deadlines.verwijderOngevuurd(bsn.value(), soort);
        deadlines.save(new DeadlineEntity(bsn.value(), soort, vervaldag, gemeentecode, null, clock.instant()));
    }

    /**
     * The unfired ones of these soorten go first, all at once, and the new ones are written after: their INSERTs then
     * leave together in one JDBC batch at the flush, where a delete between them would flush each on its own.
     */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void plan(Bsn bsn, Map<Deadlinesoort, LocalDate> vervaldagen, String gemeentecode) {
        List<Deadlinesoort> soorten = List.copyOf(vervaldagen.keySet());
        switch (soorten.size()) {
            case 0 -> {
                return;
            }
            case 1 -> deadlines.verwijderOngevuurd(bsn.value(), soorten.get(0));
            case 2 -> deadlines.verwijderOngevuurd(bsn.value(), soorten.get(0), soorten.get(1));
            default -> deadlines.verwijderOngevuurd(bsn.value(), soorten);
        }
        Instant nu = clock.instant();
        vervaldagen.forEach((soort, vervaldag) -> deadlines.save(new DeadlineEntity(bsn.value(), soort, vervaldag,
                gemeentecode, null, nu)));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void vervalt(Bsn bsn, Deadlinesoort soort) {
        deadlines.verwijderOngevuurd(bsn.value(), soort);
    }

    /** The plicht ended: nothing is watched any more. */
    @EventListener
    void plichtBeeindigd(PlichtBeeindigd beeindigd) {
        deadlines.verwijderAlleOngevuurd(beeindigd.bsn().value());
    }
}
