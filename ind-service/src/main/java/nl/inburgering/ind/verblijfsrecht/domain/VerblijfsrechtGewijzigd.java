package nl.inburgering.ind.verblijfsrecht.domain;

/**
 * IND delivered a change of verblijfsrecht to DUO (stelseldienst #2 Wijziging verblijfsrecht), with the gemeente of
 * the current BRP inschrijving. The domain event the application publishes; messaging/ turns it into the contract.
 */
public record VerblijfsrechtGewijzigd(Verblijfsrechtwijziging wijziging, String gemeentecodeInschrijving) {
}
