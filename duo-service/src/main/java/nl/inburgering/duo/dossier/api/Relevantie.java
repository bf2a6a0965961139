package nl.inburgering.duo.dossier.api;

import nl.inburgering.platform.bsn.Bsn;

/**
 * DUO's rule for whom a gemeente may consult over the M2M APIs ("Voorwaarden Gegevensuitwisseling"): the person's
 * vestigingsgemeente, the gemeente COA coupled him to while in a COA location, and the gemeenten of his PIPs.
 */
public interface Relevantie {

    /**
     * @return whether the person is relevant for the gemeente; true for a person DUO does not know, whose absence
     *         the resource answers with its 404
     */
    boolean isRelevant(Bsn bsn, String gemeentecode);
}
