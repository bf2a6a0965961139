package nl.inburgering.ind.voldaan.domain;

/**
 * IND's answer to "heeft deze vreemdeling de inburgeringsplicht voldaan?": from DUO at the source, or (when DUO could
 * not be reached) from the copy of #10 IND received, which may be behind (seed §15.2).
 *
 * @param beschikking null when not voldaan
 */
public record Inburgeringsvereiste(boolean voldaan, BeschikkingVoldaan beschikking, Bron bron) {

    public enum Bron {
        /** DUO answered now (plateau 2: at the source). */
        DUO,
        /** DUO could not be reached: the beschikking DUO pushed earlier on #10 (plateau 1). */
        KOPIE_VAN_STELSELDIENST_10
    }
}
