package nl.inburgering.duo.voldaan.domain;

/** One requirement of a leerroute that must be met (or vrijgesteld) before the plicht is voldaan. */
public enum Eis {
    /** The examenonderdelen of the inburgeringsexamen; the four language ones at the required niveau. */
    LE(true), LU(true), SC(true), SP(true), KNM(true),
    /** The taalschakeltraject of the onderwijsroute, afgerond (#18). */
    TAALSCHAKELTRAJECT(false),
    /** The participatieverklaringstraject, the module arbeidsmarkt en participatie (#17). */
    PVT(false), MAP(false),
    /** The Z-route's participatiecomponent (asielstatushouders only) and its eindgesprek (#17). */
    PARTICIPATIE(false), EINDGESPREK_ZROUTE(false);

    private final boolean examen;

    Eis(boolean examen) {
        this.examen = examen;
    }

    /** Whether an exam meets it (else a result of the gemeente or the instelling). */
    public boolean isExamen() {
        return examen;
    }

    /** Whether an exam of this onderdeel needs a taalniveau (KNM has none). */
    public boolean heeftTaalniveau() {
        return examen && this != KNM;
    }
}
