package nl.inburgering.duo.pip.application;

import nl.inburgering.platform.bsn.Bsn;

/**
 * Command: the gemeente withdraws the person's inburgeringsaanbod at one instelling (M2M DELETE).
 *
 * @param instellingsnummer in its short form
 */
public record InburgeringsaanbodVerwijderen(Bsn bsn, String instellingsnummer, String gemeentecode) {
}
