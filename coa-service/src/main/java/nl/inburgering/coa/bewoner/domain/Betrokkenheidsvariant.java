package nl.inburgering.coa.bewoner.domain;

/**
 * How the gekoppelde gemeente is involved while the asielstatushouder still lives in the AZC (seed §3.3): the
 * three variants gemeente and COA can agree within the afspraaktermijn, and the standaard that applies when they
 * agreed none.
 */
public enum Betrokkenheidsvariant {

    /** §3.3.1: brede intake, PIP beschikt and inburgeringsaanbod in the AZC; the lessons start there. */
    BREDE_INTAKE_PIP_EN_AANBOD_IN_AZC(false),
    /** §3.3.2: brede intake and the contours of the PIP in the AZC; the beschikking after vestiging. */
    BREDE_INTAKE_EN_PIP_CONTOUREN_IN_AZC(true),
    /** §3.3.3: the brede intake only after vestiging in the gemeente. */
    BREDE_INTAKE_NA_VESTIGING(true),
    /** No afspraak: COA assumes the gemeente is involved from the date of inschrijving. */
    VANAF_INSCHRIJVING(true);

    private final boolean voorinburgeringDoorCoa;

    Betrokkenheidsvariant(boolean voorinburgeringDoorCoa) {
        this.voorinburgeringDoorCoa = voorinburgeringDoorCoa;
    }

    /** Whether COA offers voorinburgering in this variant (not when the gemeente already gives lessons). */
    public boolean voorinburgeringDoorCoa() {
        return voorinburgeringDoorCoa;
    }
}
