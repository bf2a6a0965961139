package nl.inburgering.duo.dossier.api;

/** DUO's Doelgroepindeling (M2M Inburgeringsplicht API), with its wire value. */
public enum Doelgroep {
    ASIELSTATUSHOUDER("Asielstatushouder"),
    GEZINSMIGRANT_EN_OVERIGE_MIGRANT("Gezinsmigrant en overige migrant");

    private final String omschrijving;

    Doelgroep(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
