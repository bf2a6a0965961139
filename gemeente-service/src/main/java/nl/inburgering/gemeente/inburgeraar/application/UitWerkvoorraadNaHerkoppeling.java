package nl.inburgering.gemeente.inburgeraar.application;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.inburgeraar.api.KoppelingVervallen;
import nl.inburgering.gemeente.inburgeraar.api.Signaalmomenten;
import nl.inburgering.gemeente.inburgeraar.persistence.InburgeraarRepository;

/**
 * A koppeling that lapsed takes the person out of that gemeente's werkvoorraad at once (seed §3.3 herkoppeling),
 * synchronously in the transaction (and under the Logboek record) of the processing that announced it.
 */
@Component
class UitWerkvoorraadNaHerkoppeling {

    private final InburgeraarRepository inburgeraars;
    private final Signaalmomenten signaalmomenten;

    UitWerkvoorraadNaHerkoppeling(InburgeraarRepository inburgeraars, Signaalmomenten signaalmomenten) {
        this.signaalmomenten = signaalmomenten;
        this.inburgeraars = inburgeraars;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void vervallen(KoppelingVervallen vervallen) {
        signaalmomenten.bijwerken(vervallen.bsn());
        inburgeraars.findById(vervallen.bsn().value())
                .filter(inburgeraar -> vervallen.gemeentecodes().contains(inburgeraar.getGemeentecode()))
                .ifPresent(inburgeraars::delete);
    }
}
