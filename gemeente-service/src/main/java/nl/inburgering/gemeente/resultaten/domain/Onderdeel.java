package nl.inburgering.gemeente.resultaten.domain;

/** What the gemeente records of the leerroute and delivers to DUO with #17 (seed §5.2, §6.2, §7.2). */
public enum Onderdeel {
    /** Participatieverklaringstraject, afgerond at the ondertekeningsbijeenkomst: datum ondertekening. */
    PVT,
    /** Module Arbeidsmarkt en Participatie, afgerond at the eindgesprek: datum eindgesprek. */
    MAP,
    /** The participatiecomponent of the Z-route (asielstatushouders only): datum afronding. */
    ZROUTE_PARTICIPATIE,
    /** The eindgesprek that closes the Z-route: datum afronding Z-route. */
    ZROUTE_EINDGESPREK;

    public boolean isZroute() {
        return this == ZROUTE_PARTICIPATIE || this == ZROUTE_EINDGESPREK;
    }
}
