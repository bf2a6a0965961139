package nl.inburgering.coa.bewoner.domain;

/** COA's estimate of the alfabetiseringsonderwijs the bewoner needs (DUO code list Alfabetiseringsonderwijs). */
public enum Alfabetiseringsbehoefte {
    /** Onderwijs voor analfabeten. */
    A,
    /** Onderwijs voor anders-gealfabetiseerden. */
    AA,
    /** Niet van toepassing. */
    NVT,
    /** Not (yet) estimated. */
    ONBEKEND
}
