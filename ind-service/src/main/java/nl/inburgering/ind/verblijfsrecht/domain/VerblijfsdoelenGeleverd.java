package nl.inburgering.ind.verblijfsrecht.domain;

/**
 * IND delivered the Verblijfsdoelen of a person to DUO (stelseldienst #1): his verblijfsrecht and where and since
 * when he is ingeschreven in the BRP. The domain event the application publishes; messaging/ turns it into the
 * contract.
 */
public record VerblijfsdoelenGeleverd(Verblijfsvergunning vergunning, BrpInschrijving inschrijving) {
}
