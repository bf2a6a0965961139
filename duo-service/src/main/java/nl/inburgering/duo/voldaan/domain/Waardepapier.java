package nl.inburgering.duo.voldaan.domain;

/**
 * The waardepapier that comes with voldaan (seed §8.2, §15.6): the inburgeringsdiploma (the inburgeringsexamen, B1-
 * and onderwijsroute) DUO sends to the inburgeraar; the inburgeringscertificaat (Z-route) DUO sends to the gemeente,
 * which hands it over.
 */
public enum Waardepapier {
    INBURGERINGSDIPLOMA(Ontvanger.INBURGERAAR),
    INBURGERINGSCERTIFICAAT(Ontvanger.GEMEENTE);

    /** To whom DUO sends it. */
    public enum Ontvanger { INBURGERAAR, GEMEENTE }

    private final Ontvanger ontvanger;

    Waardepapier(Ontvanger ontvanger) {
        this.ontvanger = ontvanger;
    }

    public Ontvanger ontvanger() {
        return ontvanger;
    }

    public static Waardepapier bij(Leerroute leerroute) {
        return leerroute == Leerroute.Z_ROUTE ? INBURGERINGSCERTIFICAAT : INBURGERINGSDIPLOMA;
    }
}
