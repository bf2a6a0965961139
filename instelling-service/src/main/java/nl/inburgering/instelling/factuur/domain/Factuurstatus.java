package nl.inburgering.instelling.factuur.domain;

/** Where an invoice stands: sent to DUO, or judged by DUO (seed §12.2). */
public enum Factuurstatus {
    INGEDIEND, BETAALBAAR_GESTELD, AFGEWEZEN
}
