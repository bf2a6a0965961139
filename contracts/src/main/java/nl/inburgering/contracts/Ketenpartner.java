package nl.inburgering.contracts;

/**
 * The partners that produce or consume events in the inburgeringsketen. BRP-bijhouding is done by
 * the gemeente, so BRP events are produced by {@link #GEMEENTE}.
 */
public enum Ketenpartner {
    IND, DUO, COA, GEMEENTE, INSTELLING, SZW, CBS
}
