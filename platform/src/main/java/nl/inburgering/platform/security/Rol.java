package nl.inburgering.platform.security;

/** The actors of the chain (architecture §7), as the {@code roles} claim of an access token names them. */
public enum Rol {
    GEMEENTE_KLANTMANAGER,
    DUO_BACKOFFICE,
    IND_MEDEWERKER,
    COA_MEDEWERKER,
    INSTELLING_MEDEWERKER,
    SZW_MEDEWERKER,
    /** A partner organisation's own system, authenticated with client credentials; its tenant is its OIN. */
    PARTNERSYSTEEM,
    /** An operator's monitoring system: the actuator endpoints (metrics, prometheus, info), nothing else. */
    MONITORING,
    /**
     * The operator of one partner's service: its dead letters (list and replay after a fix) and, in a local or test
     * chain only, its movable clock. No API with personal data beyond the dead letters it must judge.
     */
    BEHEERDER,
    /**
     * A citizen, the inburgeraar himself, authenticated with DigiD (in Mijn DUO); the token carries his {@code bsn}
     * claim ({@link KetenGebruiker#vereisBsn()}), his only tenant: he reaches his own data and nothing else.
     */
    INBURGERAAR
}
