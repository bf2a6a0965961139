package nl.inburgering.duo.ontheffing.domain;

/**
 * Where an aanvraag om medische ontheffing stands (seed §11.2, figuur 31): registered, the inburgeraar sent to an
 * aangewezen arts, the arts's deskundigenverklaring received, DUO's formal check done, decided. An aanvraag BIO
 * (§11.3) goes from AANGEVRAAGD, once its dossier is complete, to BIJ_SZW and is BESLIST when SZW's #21 arrives.
 */
public enum Aanvraagstatus {
    AANGEVRAAGD,
    VERWEZEN,
    VERKLARING_ONTVANGEN,
    FORMEEL_GETOETST,
    BIJ_SZW,
    BESLIST
}
