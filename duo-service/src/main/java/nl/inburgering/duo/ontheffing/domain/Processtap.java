package nl.inburgering.duo.ontheffing.domain;

/** The steps of the medische procedure (seed §11.2), each recorded with who, when and why. */
public enum Processtap {
    AANVRAGEN,
    VERWIJZEN,
    VERKLARING_REGISTREREN,
    FORMEEL_TOETSEN,
    BESLISSEN
}
