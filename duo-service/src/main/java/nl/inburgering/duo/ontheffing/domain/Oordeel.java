package nl.inburgering.duo.ontheffing.domain;

/** DUO's (or for BIO SZW's) oordeel on an aanvraag (codelijst AanvraagOordeel). */
public enum Oordeel {
    TOEKENNING,
    AFWIJZING
}
