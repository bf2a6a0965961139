package nl.inburgering.instelling.cursist.api;

import java.util.List;
import java.util.UUID;

import nl.inburgering.platform.bsn.Bsn;

/**
 * The cursist a medewerker works on: only one of the medewerker's own instelling. Every feature takes him from here,
 * so another instelling's cursist answers 404 everywhere alike, exactly like one that does not exist.
 */
public interface EigenCursist {

    /** The same answer for another instelling's cursist as for one that does not exist. */
    String ONBEKENDE_CURSIST = "Deze cursist bestaat niet bij uw instelling.";

    /**
     * @throws nl.inburgering.platform.web.NietGevondenException for an id unknown at this instelling
     */
    Cursist vind(String instellingsnummer, UUID cursistId);

    /** Every inschrijving (open or closed) of this person at this instelling, newest first. */
    List<Cursist> vanPersoon(String instellingsnummer, Bsn bsn);
}
