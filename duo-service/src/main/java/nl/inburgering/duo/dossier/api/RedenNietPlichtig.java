package nl.inburgering.duo.dossier.api;

/** Why a person is not inburgeringsplichtig; mapped onto DUO's RedenGeenInburgeringsplicht "Overig". */
public enum RedenNietPlichtig {
    TIJDELIJK_VERBLIJFSDOEL,
    EU_EER_OF_ZWITSERSE_NATIONALITEIT,
    AOW_LEEFTIJD_BEREIKT
}
