package nl.inburgering.duo.lening.domain;

/** How the inburgeraar approved a factuur (seed §12.2). */
public enum Goedkeuring {
    /** Electronically, in Mijn DUO; DUO's backoffice records it here (decision 0039). */
    ELEKTRONISCH,
    /** A paper factuur with onderbouwing, sent to DUO and registered by the backoffice. */
    PAPIER
}
