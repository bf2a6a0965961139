package nl.inburgering.gemeente.resultaten.domain;

/** Where the gemeente-service learned of a result. */
public enum Herkomst {
    /** Recorded by a caseworker here and delivered with #17. */
    DEZE_DIENST,
    /** Only known from DUO's answer: another system of the gemeente delivered it to DUO's M2M API directly. */
    RECHTSTREEKS_BIJ_DUO
}
