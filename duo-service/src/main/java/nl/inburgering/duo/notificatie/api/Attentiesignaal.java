package nl.inburgering.duo.notificatie.api;

/**
 * The attentiesignalen and gebeurtenissen DUO gives a gemeente without a stelseldienst that carries them (DUO's
 * Gebeurtenissen.md and Attentiesignalen.md).
 */
public enum Attentiesignaal {
    /** SS128: the plichtige reaches the AOW-leeftijd within six months. */
    AOW_LEEFTIJD_BINNEN_ZES_MAANDEN,
    /** SS123: the inburgeraar left the Netherlands; the gemeente brings inspanning and results up to date. */
    VERTROKKEN_UIT_NEDERLAND,
    /** SS140: a request for a BIO ontheffing; DUO asks the gemeente for its advies. */
    ADVIES_BIO_GEVRAAGD
}
