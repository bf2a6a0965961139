package nl.inburgering.gemeente.pip.domain;

/** Where the gemeente-service learned of a PIP or inburgeringsaanbod. */
public enum Herkomst {
    /** Vastgesteld by a caseworker here and delivered with #16. */
    DEZE_DIENST,
    /**
     * Only known from DUO's answer: another system of the gemeente delivered it to DUO's M2M API directly. The
     * gemeente records it so the caseworker sees what DUO has registered.
     */
    RECHTSTREEKS_BIJ_DUO
}
