package nl.inburgering.gemeente.inburgeraar.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.inburgering.platform.bsn.Bsn;

/**
 * The inburgeraar a caseworker works on: only one of the caseworker's own gemeente. Every feature that serves the
 * caseworker takes him from here, so another gemeente's person answers 404 everywhere alike. Reading does not lock;
 * a use case that changes his data locks him through the platform's {@code Persoonsverwerking}.
 */
public interface EigenInburgeraar {

    /** The same answer for another gemeente's inburgeraar as for one that does not exist. */
    String ONBEKENDE_INBURGERAAR = "Deze inburgeraar bestaat niet in uw gemeente.";

    /**
     * @throws nl.inburgering.platform.web.NietGevondenException for an id unknown in this gemeente
     */
    Inburgeraar vind(String gemeentecode, UUID inburgeraarId);

    /** The inburgeraar with this BSN, when he belongs to this gemeente. */
    Optional<Inburgeraar> inGemeente(Bsn bsn, String gemeentecode);

    /** The ids in this gemeente of those of {@code bsns} that are its inburgeraars, in one query. */
    Map<Bsn, UUID> ids(String gemeentecode, Collection<Bsn> bsns);

    /** Those of {@code bsns} that are this gemeente's inburgeraars, in one query (e.g. for a werkvoorraad page). */
    List<Inburgeraar> inGemeente(String gemeentecode, Collection<Bsn> bsns);
}
