package nl.inburgering.gemeente.brp.api;

import nl.inburgering.platform.bsn.Bsn;

/**
 * The BRP-bijhouding's answer to one question of the other features: is the person ingeschreven as ingezetene of
 * this gemeente now (his first inschrijving there, or a verhuizing to it; not after a vertrek naar het buitenland
 * until he is ingeschreven again, nor after his death)? For an asielstatushouder that is his
 * vestiging in the gekoppelde gemeente (seed §3.3); until then he lives in the AZC of another gemeente.
 */
public interface Ingezetenen {

    boolean isIngezeteneVan(Bsn bsn, String gemeentecode);

    /**
     * The geboortedatum the BRP registered at the person's inschrijving in this service, whatever gemeente; empty when
     * the person was never ingeschreven here (DUO's M2M APIs do not give it: the Notificatie API's follow-up, 0030).
     */
    java.util.Optional<java.time.LocalDate> geboortedatum(Bsn bsn);
}
