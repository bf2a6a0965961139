package nl.inburgering.gemeente.asielstatushouder.application;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.asielstatushouder.domain.Koppelingstatus;
import nl.inburgering.gemeente.asielstatushouder.persistence.KoppelingRepository;
import nl.inburgering.gemeente.brp.api.VerhuisdNaarGemeente;

/**
 * An asielstatushouder who moves from the AZC gemeente to his gekoppelde gemeente is ingeschreven there (seed
 * §3.3): his koppeling records the day, so the caseworker sees that he arrived. Part of the BRP registration's
 * processing of the person (and of its Logboek record): it hears of the move synchronously, in that transaction.
 */
@Component
class VestigingVerwerken {

    private final KoppelingRepository koppelingen;

    VestigingVerwerken(KoppelingRepository koppelingen) {
        this.koppelingen = koppelingen;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void gevestigd(VerhuisdNaarGemeente verhuisd) {
        koppelingen.findByBsnAndGemeentecodeAndStatus(verhuisd.bsn().value(), verhuisd.gemeentecode(),
                Koppelingstatus.ACTIEF).ifPresent(koppeling -> koppeling.gevestigd(verhuisd.datumVerhuizing()));
    }
}
