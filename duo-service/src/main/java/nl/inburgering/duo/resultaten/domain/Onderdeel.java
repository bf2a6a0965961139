package nl.inburgering.duo.resultaten.domain;

/**
 * The results a gemeente delivers to DUO in stelseldienst #17 (seed §5.2, §6.2, §7.2), each registered once per
 * person: a new delivery replaces the whole onderdeel (DUO's PUT), a delivery without date and verwijtbaar withdraws it.
 */
public enum Onderdeel {
    /** Participatieverklaringstraject: the datum ondertekening PVT, with the indicatie verwijtbaarheid. */
    PVT("datum ondertekening PVT"),
    /** Module Arbeidsmarkt en Participatie: the datum eindgesprek MAP, with the indicatie verwijtbaarheid. */
    MAP("datum eindgesprek MAP"),
    /** The datum afronding Z-route: the eindgesprek that closes the Z-route (#17 onderdeel EINDGESPREK). */
    ZROUTE("datum afronding Z-route"),
    /** The participatiecomponent of the Z-route (#17 onderdeel PARTICIPATIECOMPONENT; asielstatushouders only). */
    PARTICIPATIE("datum afronding participatiecomponent Z-route");

    private final String datumnaam;

    Onderdeel(String datumnaam) {
        this.datumnaam = datumnaam;
    }

    /** How DUO's README names the date of this onderdeel, for the fouttekst. */
    public String datumnaam() {
        return datumnaam;
    }
}
