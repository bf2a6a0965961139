package nl.inburgering.instelling.cursist.api;

/**
 * The instelling the calling medewerker works for: the {@code instellingsnummer} of the access token, never a path,
 * query or body. A token without one, or for an instelling this service does not serve ({@code keten.instellingen}),
 * is refused with 403.
 */
public interface HuidigeInstelling {

    String instellingsnummer();
}
