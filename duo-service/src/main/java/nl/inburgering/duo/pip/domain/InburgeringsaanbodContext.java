package nl.inburgering.duo.pip.domain;

/**
 * What DUO knows of the person when an inburgeringsaanbod arrives.
 *
 * @param asielmigrant whether the doelgroep is asielstatushouder; only they get an aanbod from the gemeente
 * @param actuelePip   the current PIP; null when the person has none
 * @param termijn      the inburgeringstermijn; null when not set (there is no PIP yet)
 */
public record InburgeringsaanbodContext(boolean asielmigrant, Pip actuelePip, Inburgeringstermijn termijn) {
}
