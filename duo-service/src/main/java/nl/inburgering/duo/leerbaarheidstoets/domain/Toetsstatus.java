package nl.inburgering.duo.leerbaarheidstoets.domain;

/**
 * Where a leerbaarheidstoets DUO set ready stands (seed §4.2). A person has at most one toets that is
 * {@link #KLAARGEZET} or {@link #AFGENOMEN} at a time.
 */
public enum Toetsstatus {
    /** Ready: the gemeente can plan it with the examennummer. */
    KLAARGEZET,
    /** Taken: the verklaring ordentelijk verloop or the uitslag is in, the other half is awaited. */
    AFGENOMEN,
    /** The uitkomst is delivered (#6). */
    AFGEROND,
    /** Negatieve verklaring ordentelijk verloop: DUO set a new toets ready. */
    ONGELDIG,
    /** The gemeente skipped the toets (M2M DELETE examennummer): the examennummer is withdrawn. */
    OVERGESLAGEN;

    public boolean isLopend() {
        return this == KLAARGEZET || this == AFGENOMEN;
    }
}
