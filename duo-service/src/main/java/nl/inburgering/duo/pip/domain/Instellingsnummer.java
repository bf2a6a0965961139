package nl.inburgering.duo.pip.domain;

/**
 * One instelling, two spellings: DUO's M2M Inburgeringsaanbod API writes the instellingsnummer with exactly ten
 * characters, the chain (the instelling's token, #16) without leading zeros ({@code 12345}). DUO stores and
 * compares the short form and shows the ten-character form on the M2M API.
 */
public final class Instellingsnummer {

    public static final int LENGTE_M2M = 10;

    private Instellingsnummer() {
    }

    public static String normaliseer(String nummer) {
        String zonderNullen = nummer.strip().replaceFirst("^0+", "");
        return zonderNullen.isEmpty() ? "0" : zonderNullen;
    }

    public static String alsM2m(String nummer) {
        String kort = normaliseer(nummer);
        return kort.length() >= LENGTE_M2M ? kort : "0".repeat(LENGTE_M2M - kort.length()) + kort;
    }
}
