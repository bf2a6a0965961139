package nl.inburgering.duo.instelling.domain;

/** Who bought the onderwijs: the gemeente (an asielstatushouder's aanbod) or the inburgeraar himself. */
public enum Contractpartij { GEMEENTE, INBURGERAAR }
