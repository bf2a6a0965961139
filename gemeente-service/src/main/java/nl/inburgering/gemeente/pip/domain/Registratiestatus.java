package nl.inburgering.gemeente.pip.domain;

import java.util.Collection;

/** Where a PIP or inburgeringsaanbod stands at DUO, from the gemeente's point of view. */
public enum Registratiestatus {
    /** In the outbox or on its way; DUO has not answered yet. */
    VERZONDEN,
    /** DUO registered it (REGISTRATIE_PIP). */
    GEREGISTREERD,
    /** DUO did not register it; the reasons are kept for the caseworker. */
    AFGEWEZEN;

    /**
     * Whether one of the person's PIPs still stands at DUO: one DUO registered or has not answered yet. A PIP DUO
     * rejected never existed for DUO, so only rejections count as none.
     */
    public static boolean eenNietAfgewezen(Collection<Registratiestatus> statussen) {
        return statussen.stream().anyMatch(status -> status != AFGEWEZEN);
    }
}
