package nl.inburgering.gemeente.pip.application;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.pip.domain.RedenWijziging;
import nl.inburgering.gemeente.pip.persistence.InspanningActualisatieEntity;
import nl.inburgering.gemeente.pip.persistence.InspanningActualisatieRepository;
import nl.inburgering.platform.bsn.Bsn;

/**
 * The default of {@link InspanningActualiseren} until the #18 module is wired in: it records the request (person,
 * gemeente, aanleiding, moment) in {@code inspanning_actualisatie}, in the transaction of the changed PIP. It does
 * not pretend to deliver #18: the row is the open request the #18 module picks up.
 */
@Component
class InspanningActualisatieVastleggen implements InspanningActualiseren {

    private final InspanningActualisatieRepository verzoeken;
    private final Clock clock;

    InspanningActualisatieVastleggen(InspanningActualisatieRepository verzoeken, Clock clock) {
        this.verzoeken = verzoeken;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void actualiseer(Bsn bsn, String gemeentecode, RedenWijziging aanleiding) {
        verzoeken.save(new InspanningActualisatieEntity(bsn.value(), gemeentecode, aanleiding, clock.instant()));
    }
}
