package nl.inburgering.gemeente.asielstatushouder.domain;

/**
 * How the gekoppelde gemeente is involved while the asielstatushouder still lives in the AZC (seed §3.3).
 */
public enum Variant {
    /** §3.3.1: brede intake, PIP beschikt and inburgeringsaanbod in the AZC; no voorinburgering by COA. */
    BREDE_INTAKE_PIP_EN_AANBOD_IN_AZC("variant 1"),
    /** §3.3.2: brede intake and the contours of the PIP in the AZC; the beschikking follows vestiging. */
    BREDE_INTAKE_EN_PIP_CONTOUREN_IN_AZC("variant 2"),
    /** §3.3.3: brede intake only after vestiging in the gemeente. */
    BREDE_INTAKE_NA_VESTIGING("variant 3"),
    /** The default when nothing was agreed within 2 weeks: the gemeente is involved from the inschrijving. */
    VANAF_INSCHRIJVING("de standaard zonder afspraak");

    private final String naam;

    Variant(String naam) {
        this.naam = naam;
    }

    /** How the seed's reader calls it, with the code the caseworker sees: "variant 2 (BREDE_INTAKE_...)". */
    public String benoemd() {
        return naam + " (" + name() + ")";
    }
}
