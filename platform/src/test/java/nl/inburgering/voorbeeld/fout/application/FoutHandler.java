package nl.inburgering.voorbeeld.fout.application;

import nl.inburgering.contracts.event.IngezeteneIngeschreven;
import nl.inburgering.platform.logboek.Logboek;
import nl.inburgering.platform.logboek.Verwerkingsactiviteit;

/** Fixture: a handler that builds Avro, writes the Logboek itself and takes the BSN as a string. */
public class FoutHandler {

    private final Logboek logboek;

    public FoutHandler(Logboek logboek) {
        this.logboek = logboek;
    }

    public IngezeteneIngeschreven handle(String bsn) {
        logboek.leg(new Verwerkingsactiviteit("urn:x", "x"), bsn);
        return IngezeteneIngeschreven.newBuilder().setBsn(bsn).build();
    }
}
