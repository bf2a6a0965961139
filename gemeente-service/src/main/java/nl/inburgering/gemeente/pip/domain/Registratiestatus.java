package nl.inburgering.gemeente.pip.domain;

/** Where a PIP or inburgeringsaanbod stands at DUO, from the gemeente's point of view. */
public enum Registratiestatus {
    /** In the outbox or on its way; DUO has not answered yet. */
    VERZONDEN,
    /** DUO registered it (REGISTRATIE_PIP). */
    GEREGISTREERD,
    /** DUO did not register it; the reasons are kept for the caseworker. */
    AFGEWEZEN
}
