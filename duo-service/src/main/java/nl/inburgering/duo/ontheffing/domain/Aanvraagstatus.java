package nl.inburgering.duo.ontheffing.domain;

/**
 * Where an aanvraag om medische ontheffing stands (seed §11.2, figuur 31): registered, the inburgeraar sent to an
 * aangewezen arts, the arts's deskundigenverklaring received, DUO's formal check done, decided.
 */
public enum Aanvraagstatus {
    AANGEVRAAGD,
    VERWEZEN,
    VERKLARING_ONTVANGEN,
    FORMEEL_GETOETST,
    BESLIST
}
