package nl.inburgering.duo.m2m.web;

import com.fasterxml.jackson.annotation.JsonValue;

import nl.inburgering.duo.dossier.api.RedenNietPlichtig;

/** DUO's RedenGeenInburgeringsplicht, with the spec's wire values. */
public enum RedenGeenInburgeringsplicht {
    VOLLEDIGE_ONTHEFFING("Volledige ontheffing"),
    VOLLEDIGE_VRIJSTELLING("Volledige vrijstelling"),
    INBURGERINGSPLICHT_VOLDAAN("Inburgeringsplicht voldaan"),
    VERBLIJFSDOEL_GEWIJZIGD("Verblijfsdoel gewijzigd"),
    VERTREK_UIT_NEDERLAND_LANGER_DAN_EEN_JAAR("Vertrek uit Nederland langer dan een jaar"),
    OVERLIJDEN("Overlijden"),
    OVERIG("Overig"),
    TIJDELIJKE_VRIJSTELLING("Tijdelijke vrijstelling");

    private final String waarde;

    RedenGeenInburgeringsplicht(String waarde) {
        this.waarde = waarde;
    }

    @JsonValue
    public String waarde() {
        return waarde;
    }

    /**
     * A tijdelijk verblijfsdoel, an EU/EER/Swiss nationality and the AOW-leeftijd are "Overig" (the law never makes
     * these persons plichtig; they are not freed from a plicht). No reason ({@code null}: not plichtig <em>yet</em>)
     * is "Overig" too. A plicht that ended has DUO's reason of the same name (the AOW-leeftijd: "Overig", SS110).
     */
    public static RedenGeenInburgeringsplicht van(RedenNietPlichtig reden) {
        if (reden == null) {
            return OVERIG;
        }
        // A switch expression without default: a new reason of ours does not compile until it is mapped here.
        return switch (reden) {
            case TIJDELIJK_VERBLIJFSDOEL, EU_EER_OF_ZWITSERSE_NATIONALITEIT, AOW_LEEFTIJD_BEREIKT, BEEINDIGD_OVERIG ->
                OVERIG;
            case INBURGERINGSPLICHT_VOLDAAN -> INBURGERINGSPLICHT_VOLDAAN;
            case VOLLEDIGE_VRIJSTELLING -> VOLLEDIGE_VRIJSTELLING;
            case VOLLEDIGE_ONTHEFFING -> VOLLEDIGE_ONTHEFFING;
            case TIJDELIJKE_VRIJSTELLING -> TIJDELIJKE_VRIJSTELLING;
            case VERBLIJFSDOEL_GEWIJZIGD -> VERBLIJFSDOEL_GEWIJZIGD;
            case VERTREK_UIT_NEDERLAND_LANGER_DAN_EEN_JAAR -> VERTREK_UIT_NEDERLAND_LANGER_DAN_EEN_JAAR;
            case OVERLIJDEN -> OVERLIJDEN;
        };
    }
}
