package nl.inburgering.duo.ontheffing.domain;

/**
 * What an ontheffing covers (seed §11.1; DUO's Ontheffing API: GeheleOntheffing, GedeeltelijkeOntheffing): the whole
 * plicht, some examenonderdelen, or only aangepaste examenomstandigheden (asked through the medische procedure, §11.2).
 */
public enum Ontheffingsoort {
    GEHEEL,
    GEDEELTELIJK,
    AANGEPASTE_EXAMENOMSTANDIGHEDEN
}
