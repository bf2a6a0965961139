package nl.inburgering.contracts;

/**
 * The partners that produce or consume events in the inburgeringsketen. BRP-bijhouding is done by
 * the gemeente, so BRP events are produced by {@link #GEMEENTE}.
 */
public enum Ketenpartner {
    IND, DUO, COA, GEMEENTE, INSTELLING, SZW, CBS;

    /**
     * Whether this partner is many organisations (every gemeente, every instelling), each of which may read only
     * what is meant for it: a stelseldienst to such a partner has a topic per organisation (decision 0018).
     */
    public boolean veelvoudig() {
        return this == GEMEENTE || this == INSTELLING;
    }
}
