package nl.inburgering.duo.monitoring.domain;

/** The stand of a plicht as CBS counts it (the contract's Inburgeringsstatus). */
public enum StandVanDePlicht {
    LOPEND, VOLDAAN, ONTHEVEN, VRIJGESTELD, BEEINDIGD_OVERIG
}
