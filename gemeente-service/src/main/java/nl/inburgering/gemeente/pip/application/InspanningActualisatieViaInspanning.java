package nl.inburgering.gemeente.pip.application;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.inburgering.gemeente.inspanning.api.InspanningBijwerken;
import nl.inburgering.gemeente.pip.domain.RedenWijziging;
import nl.inburgering.gemeente.pip.persistence.InspanningActualisatieEntity;
import nl.inburgering.gemeente.pip.persistence.InspanningActualisatieRepository;
import nl.inburgering.platform.bsn.Bsn;

/**
 * {@link InspanningActualiseren} through the gemeente's #18 feature: the latest stand of every instelling goes to DUO
 * again ({@link InspanningBijwerken}), in the transaction of the changed PIP and so before its PipGewijzigd in the
 * outbox. The request itself is kept in {@code inspanning_actualisatie}, also when the gemeente knows no inspanning of
 * him yet: the klantmanager can see that the route change asked for it.
 */
@Component
class InspanningActualisatieViaInspanning implements InspanningActualiseren {

    private final InspanningBijwerken inspanning;
    private final InspanningActualisatieRepository verzoeken;
    private final Clock clock;

    InspanningActualisatieViaInspanning(InspanningBijwerken inspanning, InspanningActualisatieRepository verzoeken,
            Clock clock) {
        this.inspanning = inspanning;
        this.verzoeken = verzoeken;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void actualiseer(Bsn bsn, String gemeentecode, RedenWijziging aanleiding) {
        verzoeken.save(new InspanningActualisatieEntity(bsn.value(), gemeentecode, aanleiding, clock.instant()));
        inspanning.bijwerken(bsn, gemeentecode, moment(aanleiding));
    }

    /** The actualisatiemoment of §14.2.1 that the reden of the change is. */
    static InspanningBijwerken.Aanleiding moment(RedenWijziging reden) {
        return switch (reden) {
            case AFSCHALEN, OPSCHALEN, WISSELING_LEERROUTE -> InspanningBijwerken.Aanleiding.WIJZIGING_LEERROUTE;
            case DOELGROEPWIJZIGING -> InspanningBijwerken.Aanleiding.WIJZIGING_DOELGROEP;
            case NA_VRIJSTELLING_OF_ONTHEFFING, NA_BEZWAAR_OF_BEROEP, OVERIG -> InspanningBijwerken.Aanleiding.TUSSENTIJDS;
        };
    }
}
