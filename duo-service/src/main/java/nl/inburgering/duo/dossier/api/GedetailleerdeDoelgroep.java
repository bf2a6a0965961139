package nl.inburgering.duo.dossier.api;

/** DUO's GedetailleerdeDoelgroep (M2M Inburgeringsplicht API), with its wire value and its indeling. */
public enum GedetailleerdeDoelgroep {
    ASIELSTATUSHOUDER("Asielstatushouder", Doelgroep.ASIELSTATUSHOUDER),
    GEESTELIJK_BEDIENAAR("Geestelijk bedienaar", Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT),
    GEZINSHERENIGER("Gezinshereniger", Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT),
    GEZINSHERENIGER_MET_ASIELSTATUSHOUDER("Gezinshereniger met Asielstatushouder",
            Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT),
    GEZINSVORMER("Gezinsvormer", Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT),
    GEZINSVORMER_MET_ASIELSTATUSHOUDER("Gezinsvormer met Asielstatushouder", Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT),
    OVERIG("Overig", Doelgroep.GEZINSMIGRANT_EN_OVERIGE_MIGRANT);

    private final String omschrijving;
    private final Doelgroep indeling;

    GedetailleerdeDoelgroep(String omschrijving, Doelgroep indeling) {
        this.omschrijving = omschrijving;
        this.indeling = indeling;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public Doelgroep indeling() {
        return indeling;
    }
}
