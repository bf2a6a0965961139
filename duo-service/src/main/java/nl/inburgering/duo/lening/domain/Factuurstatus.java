package nl.inburgering.duo.lening.domain;

/** Where a factuur from the lening stands (seed §12.2). */
public enum Factuurstatus {
    /** Received from the instelling; waits for the inburgeraar's goedkeuring before DUO checks it. */
    WACHT_OP_GOEDKEURING,
    BETAALBAAR_GESTELD,
    AFGEWEZEN
}
