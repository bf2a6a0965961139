package nl.inburgering.ind.verblijfsrecht.domain;

/** What changed in a verblijfsrecht (seed §13.4, §13.5; contract SoortWijzigingVerblijfsrecht). */
public enum SoortWijziging {
    /** Another verblijfsdoel, also from a tijdelijk to a niet-tijdelijk one (or back). */
    VERBLIJFSDOEL_GEWIJZIGD,
    /** Withdrawn, not renewed or lapsed: no verblijfsrecht any more. */
    VERBLIJFSRECHT_BEEINDIGD,
    /** The vreemdeling became a Dutch national: no verblijfsrecht needed any more. */
    GENATURALISEERD;

    /** Whether after this change the person has no verblijfsrecht (and no verblijfsdoel) any more. */
    public boolean beeindigt() {
        return this != VERBLIJFSDOEL_GEWIJZIGD;
    }
}
