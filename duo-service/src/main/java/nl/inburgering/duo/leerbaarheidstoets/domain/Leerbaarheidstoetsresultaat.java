package nl.inburgering.duo.leerbaarheidstoets.domain;

/** DUO's codelijst LeerbaarheidstoetsResultaat, with the omschrijving the M2M API uses as its value. */
public enum Leerbaarheidstoetsresultaat {

    B1_ROUTE_HAALBAAR("B1-route haalbaar"),
    B1_ROUTE_NIET_HAALBAAR("B1-route niet haalbaar"),
    ONBEKEND("Onbekend");

    private final String omschrijving;

    Leerbaarheidstoetsresultaat(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }
}
