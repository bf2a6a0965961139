package nl.inburgering.duo.dossier.api;

import nl.inburgering.platform.bsn.Bsn;

/**
 * DUO's rule for whom a gemeente may consult over the M2M APIs ("Voorwaarden Gegevensuitwisseling"): the person's
 * vestigingsgemeente, the gemeente COA coupled him to while in a COA location, and the gemeenten of his PIPs.
 */
public interface Relevantie {

    /**
     * @return whether the person is relevant for the gemeente; false for a person DUO does not know, so an unknown
     *         and a non-relevant person are refused alike (decision 0010)
     */
    boolean isRelevant(Bsn bsn, String gemeentecode);

    /**
     * Whether the gemeente may change the person's data over the M2M APIs (withdraw the toets, write uren, couple a
     * contactpersoon): reading is not enough. With a PIP, only the gemeente of the actuele PIP; without one, the
     * gemeente of inschrijving (not in a COA location) or the one COA coupled him to. The month a previous PIP's
     * gemeente keeps (clause 4) is for reading only.
     *
     * @return false for a person DUO does not know
     */
    boolean magWijzigen(Bsn bsn, String gemeentecode);
}
