package nl.inburgering.duo.pip.domain;

/** DUO's Alfabetiseringsonderwijs (M2M PIP and Inburgeringsaanbod API); the wire code is the name. */
public enum Alfabetisering {
    A("Onderwijs voor analfabeet"),
    AA("Onderwijs voor anders-analfabeet"),
    NVT("Niet van toepassing");

    private final String omschrijving;

    Alfabetisering(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
