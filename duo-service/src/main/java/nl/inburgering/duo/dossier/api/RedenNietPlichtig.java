package nl.inburgering.duo.dossier.api;

/**
 * Why a person is not (or no longer) inburgeringsplichtig. The first three mean the law never made him plichtig (DUO's
 * RedenGeenInburgeringsplicht "Overig"; the AOW-leeftijd also ends a plicht he had); the others end a plicht he had
 * ({@link Plichtbeeindiging}), each with DUO's reason of the same name.
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
    /** The plicht ended for the time of a tijdelijke vrijstelling (seed §10); it resumes after it. */
    TIJDELIJKE_VRIJSTELLING,
    /** The plicht ended: IND's #2 changed the verblijfsrecht (seed §13.5). */
    VERBLIJFSDOEL_GEWIJZIGD,
    /** The plicht ended: more than a year in the buitenland (seed §13.3). */
    VERTREK_UIT_NEDERLAND_LANGER_DAN_EEN_JAAR,
    /** The plicht ended: the person died. */
    OVERLIJDEN,
    /** The plicht ended for another reason. */
    BEEINDIGD_OVERIG;

    /** The reason a plicht ended with, as the core records it. */
    public static RedenNietPlichtig van(PlichtBeeindigd.Reden reden) {
        return switch (reden) {
            case VOLDAAN -> INBURGERINGSPLICHT_VOLDAAN;
            case VOLLEDIGE_VRIJSTELLING -> VOLLEDIGE_VRIJSTELLING;
            case VOLLEDIGE_ONTHEFFING -> VOLLEDIGE_ONTHEFFING;
            case TIJDELIJKE_VRIJSTELLING -> TIJDELIJKE_VRIJSTELLING;
            case VERBLIJFSDOEL_GEWIJZIGD -> VERBLIJFSDOEL_GEWIJZIGD;
            case VERTREK_UIT_NEDERLAND -> VERTREK_UIT_NEDERLAND_LANGER_DAN_EEN_JAAR;
            // The law's end at the AOW-leeftijd: the same reason as for one who reached it before the plicht.
            case AOW_LEEFTIJD_BEREIKT -> AOW_LEEFTIJD_BEREIKT;
            case OVERLIJDEN -> OVERLIJDEN;
            case OVERIG -> BEEINDIGD_OVERIG;
        };
    }
}
