package nl.inburgering.duo.lening.domain;

/** Where a lening stands (seed §12.2, §12.3). */
public enum Leningstatus {
    /** Registered by the backoffice, not yet decided. */
    AANGEVRAAGD,
    /** Toegekend with a total amount: facturen may be paid from it. */
    TOEGEKEND,
    AFGEWEZEN,
    /** The right lapsed: the debiteur pays the besteed amount back in termijnen (§12.3). */
    TERUG_TE_BETALEN,
    /** The right lapsed with nothing besteed: nothing to pay back. */
    VERVALLEN,
    /** Nothing is collected any more (overlijden). */
    KWIJTGESCHOLDEN
}
