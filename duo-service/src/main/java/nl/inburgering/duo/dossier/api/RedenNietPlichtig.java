package nl.inburgering.duo.dossier.api;

/**
 * Why a person is not (or no longer) inburgeringsplichtig. The first three mean the law never made him plichtig (DUO's
 * RedenGeenInburgeringsplicht "Overig"); the others end a plicht he had ({@link Plichtbeeindiging}), each with DUO's
 * reason of the same name.
 */
public enum RedenNietPlichtig {
    TIJDELIJK_VERBLIJFSDOEL,
    EU_EER_OF_ZWITSERSE_NATIONALITEIT,
    AOW_LEEFTIJD_BEREIKT,
    /** The plicht ended: DUO decided it is voldaan (seed §8). */
    INBURGERINGSPLICHT_VOLDAAN,
    /** The plicht ended: a gehele vrijstelling (seed §10). */
    VOLLEDIGE_VRIJSTELLING,
    /** The plicht ended: a gehele ontheffing (seed §11). */
    VOLLEDIGE_ONTHEFFING,
    /** The plicht ended for another reason. */
    BEEINDIGD_OVERIG;

    /** The reason a plicht ended with, as the core records it. */
    public static RedenNietPlichtig van(PlichtBeeindigd.Reden reden) {
        return switch (reden) {
            case VOLDAAN -> INBURGERINGSPLICHT_VOLDAAN;
            case VOLLEDIGE_VRIJSTELLING -> VOLLEDIGE_VRIJSTELLING;
            case VOLLEDIGE_ONTHEFFING -> VOLLEDIGE_ONTHEFFING;
            case OVERIG -> BEEINDIGD_OVERIG;
        };
    }
}
