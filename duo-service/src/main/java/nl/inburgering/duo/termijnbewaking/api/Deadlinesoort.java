package nl.inburgering.duo.termijnbewaking.api;

/** The deadlines of a person's traject that DUO watches (seed §9.3.1, §4, §14.2.1). */
public enum Deadlinesoort {
    /** Two months before the end of the termijn: the kennisgeving to the inburgeraar himself. */
    KENNISGEVING_TWEE_MAANDEN_VOOR_EINDE,
    /** Four weeks before the end: #7 to the gemeente, asking for up-to-date inspanning and results. */
    VIER_WEKEN_VOOR_EINDE,
    /** The day after the einddatum: the termijn is overschreden (vooraankondiging boete when not voldaan). */
    EINDE_TERMIJN,
    /** Four weeks after the end: #7 to the gemeente again. */
    VIER_WEKEN_NA_EINDE,
    /** The gemeente's 10 werkdagen after a #7 signal have passed: DUO judges with what it has. */
    LEVERTERMIJN_GEMEENTE,
    /** 10 weeks after the plicht reached the gemeente: the leerroute (the PIP) should be set. */
    TIEN_WEKEN_LEERROUTE,
    // ---- planned by other modules through Deadlineplanning and handled by them (issue 15)
    /** Six months before the plichtige reaches the AOW-leeftijd: SS128 to the gemeente. */
    ZES_MAANDEN_VOOR_AOW_LEEFTIJD,
    /** The day the plichtige reaches the AOW-leeftijd: the plicht ends. */
    AOW_LEEFTIJD,
    /** A year after the vertrek naar het buitenland without return: the plicht ends (seed §13.3). */
    EEN_JAAR_NA_VERTREK,
    /** The day after a tijdelijke vrijstelling ends: the plicht resumes (SS129 / SS130). */
    EINDE_TIJDELIJKE_VRIJSTELLING,
    /**
     * Six years after the (verlengde) termijn without voldaan: the right to the lening lapses and it is paid back (seed
     * §12.3; issue 16, planned and handled by the lening).
     */
    ZES_JAAR_NA_EINDE_TERMIJN
}
