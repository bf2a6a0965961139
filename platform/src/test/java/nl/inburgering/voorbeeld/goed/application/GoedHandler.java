package nl.inburgering.voorbeeld.goed.application;

import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.verwerking.Persoonsverwerking;
import nl.inburgering.voorbeeld.goed.domain.GoedDomein;

/** Fixture: a handler in the shape the rules ask for. */
public class GoedHandler {

    private final Persoonsverwerking verwerking;

    public GoedHandler(Persoonsverwerking verwerking) {
        this.verwerking = verwerking;
    }

    public GoedDomein handle(Bsn bsn) {
        return verwerking.raadpleeg(null, bsn, GoedDomein::new);
    }
}
