package nl.inburgering.gemeente.pip.domain;

/** Alfabetiseringsonderwijs as part of the leerroute (DUO's codes). */
public enum Alfabetisering {
    /** Onderwijs voor analfabeet. */
    A,
    /** Onderwijs voor anders-gealfabetiseerde. */
    AA,
    /** Niet van toepassing. */
    NVT
}
