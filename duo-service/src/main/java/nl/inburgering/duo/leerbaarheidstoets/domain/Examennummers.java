package nl.inburgering.duo.leerbaarheidstoets.domain;

import java.security.SecureRandom;

/**
 * A new examennummer: twelve characters, the most DUO's Leerbaarheidstoets API allows, drawn at random from the 32
 * characters of Crockford's base32 (digits and capitals without I, L, O and U, so none is misread): 60 bits, so
 * nobody can guess another person's examennummer or learn from his own how many toetsen DUO set ready. The spec gives
 * no format beyond its length. The database's unique constraint catches the (2^-60) collision.
 */
public final class Examennummers {

    public static final int LENGTE = 12;
    private static final char[] TEKENS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Examennummers() {
    }

    public static String nieuw() {
        char[] nummer = new char[LENGTE];
        for (int i = 0; i < LENGTE; i++) {
            nummer[i] = TEKENS[RANDOM.nextInt(TEKENS.length)];
        }
        return new String(nummer);
    }
}
