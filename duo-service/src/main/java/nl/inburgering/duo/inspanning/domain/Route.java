package nl.inburgering.duo.inspanning.domain;

/** Along which route an inspanning reached DUO (seed §15.5). */
public enum Route {
    /** Straight from the instelling: a gezinsmigrant's or overige migrant's own contract. */
    INSTELLING,
    /** Forwarded by the gemeente: an asielstatushouder's contract bought by the gemeente. */
    GEMEENTE
}
