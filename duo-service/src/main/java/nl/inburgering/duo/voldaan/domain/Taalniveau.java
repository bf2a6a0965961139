package nl.inburgering.duo.voldaan.domain;

/** The taalniveau of an exam or of the PIP, in increasing order: a higher one covers a lower one. */
public enum Taalniveau {
    A2, B1, B2;

    public boolean minstens(Taalniveau vereist) {
        return compareTo(vereist) >= 0;
    }
}
