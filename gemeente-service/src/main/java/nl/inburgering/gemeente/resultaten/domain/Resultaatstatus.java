package nl.inburgering.gemeente.resultaten.domain;

/** Where a result stands at DUO, from the gemeente's point of view. */
public enum Resultaatstatus {
    /** In the outbox or on its way; DUO has not answered yet. */
    VERZONDEN,
    /** DUO registered it. */
    GEREGISTREERD,
    /** DUO did not register it; the reasons are kept for the caseworker. */
    AFGEWEZEN,
    /** DUO withdrew it at the gemeente's request (a delivery without datum and verwijtbaar, e.g. a PUT to DUO's API). */
    INGETROKKEN
}
