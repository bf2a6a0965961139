package nl.inburgering.gemeente.asielstatushouder.application;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.asielstatushouder.domain.Koppelingstatus;
import nl.inburgering.gemeente.asielstatushouder.persistence.KoppelingRepository;

/**
 * An asielstatushouder who moves from the AZC gemeente to his gekoppelde gemeente is ingeschreven there (seed
 * §3.3): his koppeling records the day, so the caseworker sees that he arrived.
 */
@Service
public class VestigingVerwerken {

    private final KoppelingRepository koppelingen;

    VestigingVerwerken(KoppelingRepository koppelingen) {
        this.koppelingen = koppelingen;
    }

    /** Part of the caller's processing of the person (and of its Logboek record). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void gevestigd(String bsn, String gemeentecode, LocalDate datum) {
        koppelingen.findByBsnAndGemeentecodeAndStatus(bsn, gemeentecode, Koppelingstatus.ACTIEF)
                .ifPresent(koppeling -> koppeling.gevestigd(datum));
    }
}
