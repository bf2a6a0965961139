package nl.inburgering.gemeente.pip.application;

import nl.inburgering.gemeente.pip.domain.RedenWijziging;
import nl.inburgering.platform.bsn.Bsn;

/**
 * Seed §5.3, §6.3, §7.3: "De gemeente actualiseert voor asielstatushouders de gegevens omtrent de verrichte
 * inspanning" (#18 to DUO) before it changes the PIP for a route change. The PIP feature asks for it through this
 * port, within the verwerking of the changed PIP and before the PipGewijzigd is published, so DUO has the inspanning
 * up to date when the change arrives (one outbox, in order per person).
 *
 * <p>{@link InspanningActualisatieViaInspanning} implements it with the gemeente's #18 feature
 * ({@code inspanning.api.InspanningBijwerken}); the port keeps the PIP's use case free of that feature's shape.
 */
public interface InspanningActualiseren {

    /** Called within the verwerking (transaction, lock, Logboek record) of the changed PIP. */
    void actualiseer(Bsn bsn, String gemeentecode, RedenWijziging aanleiding);
}
