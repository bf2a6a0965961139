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
    MONITORING
}
