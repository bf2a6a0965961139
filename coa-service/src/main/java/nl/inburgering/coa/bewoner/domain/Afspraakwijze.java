package nl.inburgering.coa.bewoner.domain;

/** How the variant of a koppeling came about. */
public enum Afspraakwijze {
    /** The gekoppelde gemeente agreed it with COA within the afspraaktermijn. */
    MET_GEMEENTE,
    /** No afspraak within the termijn: the standaard applies. */
    STANDAARD
}
