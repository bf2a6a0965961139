package nl.inburgering.duo.ontheffing.domain;

/** The steps of the medische procedure (seed §11.2) and of BIO (§11.3), each recorded with who, when and why. */
public enum Processtap {
    AANVRAGEN,
    VERWIJZEN,
    VERKLARING_REGISTREREN,
    FORMEEL_TOETSEN,
    BESLISSEN,
    ADVIES_GEMEENTE_REGISTREREN,
    MEDISCH_ADVIES_REGISTREREN,
    AAN_SZW_OVERDRAGEN,
    BESLISSING_SZW_VERWERKEN
}
