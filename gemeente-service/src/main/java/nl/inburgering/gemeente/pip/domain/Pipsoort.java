package nl.inburgering.gemeente.pip.domain;

import java.util.Collection;

/** Whether a vastgesteld PIP is delivered to DUO as the first PIP (PipVastgesteld) or as a change (PipGewijzigd). */
public enum Pipsoort {
    VASTSTELLING, WIJZIGING;

    /**
     * A PIP is a change when the gemeente already has a PIP of the person that DUO did not reject: one DUO
     * registered, or one it has not answered yet. A PIP DUO rejected never existed for DUO, so after only
     * rejections the next PIP is a first vaststelling again (it is also the one DUO counts the termijn from).
     */
    public static Pipsoort na(Collection<Registratiestatus> eerderePips) {
        return Registratiestatus.eenNietAfgewezen(eerderePips) ? WIJZIGING : VASTSTELLING;
    }
}
