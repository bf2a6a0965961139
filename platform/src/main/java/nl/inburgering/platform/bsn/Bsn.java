package nl.inburgering.platform.bsn;

/**
 * Burgerservicenummer (BSN): een immutable waardetype met waarde-gelijkheid.
 *
 * <p>Een geldig BSN bestaat uit precies negen ASCII-cijfers {@code 0-9} (een BSN mag met een 0 beginnen) en
 * voldoet aan de elfproef voor BSN's:
 * {@code 9*d1 + 8*d2 + 7*d3 + 6*d4 + 5*d5 + 4*d6 + 3*d7 + 2*d8 - 1*d9} is deelbaar door 11.
 * Er wordt niets getrimd of genormaliseerd: spaties (ook aan begin of eind), punten, streepjes of andere
 * tekens maken de invoer ongeldig. Aanroepers trimmen zelf als dat in hun context gepast is.
 *
 * <p><b>Besluit over {@code 000000000}:</b> dat nummer haalt de rekenkundige elfproef (de som is 0), maar
 * het is de nul-placeholder en wordt nooit als BSN uitgegeven. Het wordt daarom als ongeldig geweigerd met
 * de reden "000000000 is geen uitgegeven BSN". Andere nummers die met een 0 beginnen blijven gewoon geldig.
 *
 * <p><b>Privacy:</b> een BSN mag niet per ongeluk in een log belanden. {@link #toString()} maskeert het
 * nummer volledig en foutmeldingen van {@link #of(String)} bevatten geen enkel teken van de invoer. Gebruik
 * {@link #value()} alleen waar het nummer echt nodig is (opslag, berichten naar ketenpartners).
 */
public final class Bsn {

    private static final int LENGTE = 9;
    private static final String NUL_PLACEHOLDER = "000000000";
    private static final String GEMASKEERD = "Bsn[*********]";

    private final String value;

    private Bsn(String value) {
        this.value = value;
    }

    /**
     * Maakt een BSN van precies negen cijfers die de elfproef haalt.
     *
     * @throws IllegalArgumentException als de invoer {@code null} is, niet uit precies negen cijfers bestaat,
     *     de elfproef niet haalt, of {@code 000000000} is. De melding noemt het probleem maar bevat het nummer
     *     niet.
     */
    public static Bsn of(String bsn) {
        String fout = fout(bsn);
        if (fout != null) {
            throw new IllegalArgumentException(fout);
        }
        return new Bsn(bsn);
    }

    /** Of de invoer een geldig BSN is volgens dezelfde regels als {@link #of(String)}; nooit een exceptie. */
    public static boolean isValid(String bsn) {
        return fout(bsn) == null;
    }

    /** Het volledige nummer (negen cijfers). Niet loggen. */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Bsn other && value.equals(other.value));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Altijd {@code "Bsn[*********]"}: het nummer zelf verschijnt nooit in een toString. */
    @Override
    public String toString() {
        return GEMASKEERD;
    }

    /** De reden waarom de invoer geen geldig BSN is, of {@code null} als het wel geldig is. */
    private static String fout(String bsn) {
        if (bsn == null) {
            return "BSN ontbreekt (null) / BSN is missing (null)";
        }
        if (bsn.length() != LENGTE || !alleenCijfers(bsn)) {
            return "BSN moet uit precies negen cijfers bestaan / BSN must consist of exactly nine digits";
        }
        if (!elfproef(bsn)) {
            return "BSN voldoet niet aan de elfproef / BSN fails the elfproef (check digit)";
        }
        if (NUL_PLACEHOLDER.equals(bsn)) {
            return "000000000 is geen uitgegeven BSN / 000000000 is not an issued BSN";
        }
        return null;
    }

    private static boolean alleenCijfers(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean elfproef(String bsn) {
        int som = 0;
        for (int i = 0; i < LENGTE - 1; i++) {
            som += (LENGTE - i) * (bsn.charAt(i) - '0');
        }
        som -= bsn.charAt(LENGTE - 1) - '0';
        return som % 11 == 0;
    }
}
