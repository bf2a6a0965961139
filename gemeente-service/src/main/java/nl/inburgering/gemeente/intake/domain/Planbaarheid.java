package nl.inburgering.gemeente.intake.domain;

/**
 * Whether the gemeente can plan the leerbaarheidstoets now (seed §4.2, subproces leerbaarheidstoets): only a toets
 * that DUO set ready and that was not taken yet, and only one afspraak at a time.
 */
public enum Planbaarheid {
    PLANBAAR(null),
    GEEN_TOETS_KLAARGEZET("DUO heeft voor deze inburgeraar (nog) geen leerbaarheidstoets klaargezet; inplannen kan "
            + "zodra DUO de toets klaarzet."),
    TOETS_AL_AFGENOMEN("De klaargezette leerbaarheidstoets is al afgenomen. Na een negatieve verklaring ordentelijk "
            + "verloop zet DUO een nieuwe toets klaar, die u dan kunt inplannen."),
    AL_INGEPLAND("Er staat al een afspraak voor de leerbaarheidstoets open; leg eerst het verloop daarvan vast.");

    private final String omschrijving;

    Planbaarheid(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }

    /**
     * @param toetsKlaargezet DUO set a toets ready (the latest one counts)
     * @param toetsAfgenomen  the latest klaargezette toets was taken: the person appeared at an afspraak for it, or DUO
     *                        delivered an uitkomst after it was set ready
     * @param openAfspraak    an afspraak without verloop exists
     */
    public static Planbaarheid bepaal(boolean toetsKlaargezet, boolean toetsAfgenomen, boolean openAfspraak) {
        if (openAfspraak) {
            return AL_INGEPLAND;
        }
        if (!toetsKlaargezet) {
            return GEEN_TOETS_KLAARGEZET;
        }
        return toetsAfgenomen ? TOETS_AL_AFGENOMEN : PLANBAAR;
    }
}
