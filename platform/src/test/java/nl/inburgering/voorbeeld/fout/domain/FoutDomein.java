package nl.inburgering.voorbeeld.fout.domain;

import nl.inburgering.voorbeeld.fout.messaging.FoutMapper;

/** Fixture: domain code that reaches into messaging. */
public class FoutDomein {

    public FoutMapper mapper() {
        return new FoutMapper();
    }
}
