package nl.inburgering.instelling.cursist.api;

/**
 * Who bought the lessons. It decides the route of the inspanning (seed §15.5): the gemeente buys them for an
 * asielstatushouder, a gezinsmigrant or overige migrant buys them himself.
 */
public enum Contractpartij {
    GEMEENTE, INBURGERAAR
}
