package nl.inburgering.platform.logboek;

import java.nio.charset.StandardCharsets;

/**
 * Masks BSNs in log output: every run of exactly nine digits that passes the BSN elfproef becomes
 * {@code *********}. The last line of defence behind "never log a BSN" (architecture §9): it catches
 * a BSN in a message, an argument, an exception message or a stack trace alike.
 *
 * <p>It is cheap enough for every log line: one pass over the encoded bytes, no regex engine, no
 * decoding and no allocation, and the elfproef only for runs of exactly nine digits. Masking replaces
 * digits by the same number of {@code *}, so it works in place. This relies on an ASCII-compatible
 * encoding (UTF-8, the Spring Boot default, or ISO-8859-x), in which a digit is always one byte that
 * never occurs inside a multi-byte character.
 *
 * <p>A run glued to a hexadecimal letter ({@code a-f}, {@code A-F}) is left alone, so trace ids, span
 * ids and UUIDs in log lines stay intact; so is a run of more or fewer than nine digits. A nine-digit
 * number that happens to pass the elfproef (about one in eleven) is masked although it is no BSN: that
 * is the price of not having to know what a number means.
 */
public final class BsnMasker {

    private static final int LENGTE = 9;
    private static final int LENGTE_V_NUMMER = 10;
    private static final byte MASKER = '*';

    private BsnMasker() {
    }

    /** Masks in place; returns whether anything was masked. */
    public static boolean maskeer(byte[] tekst) {
        return maskeerCijferreeksen(tekst, true, false);
    }

    /**
     * One pass over the runs of digits, for every masker of numbers: a run of nine that passes the elfproef when
     * {@code bsns}, a run of ten when {@code vNummers}; never a run glued to a hexadecimal letter.
     */
    static boolean maskeerCijferreeksen(byte[] tekst, boolean bsns, boolean vNummers) {
        boolean gemaskeerd = false;
        int i = 0;
        while (i < tekst.length) {
            if (!cijfer(tekst[i])) {
                i++;
                continue;
            }
            int begin = i;
            while (i < tekst.length && cijfer(tekst[i])) {
                i++;
            }
            int lengte = i - begin;
            boolean persoonsnummer = bsns && lengte == LENGTE && elfproef(tekst, begin)
                    || vNummers && lengte == LENGTE_V_NUMMER;
            if (persoonsnummer && !hexLetter(tekst, begin - 1) && !hexLetter(tekst, i)) {
                for (int j = begin; j < i; j++) {
                    tekst[j] = MASKER;
                }
                gemaskeerd = true;
            }
        }
        return gemaskeerd;
    }

    /** The same for a string (UTF-8). */
    public static String maskeer(String tekst) {
        byte[] bytes = tekst.getBytes(StandardCharsets.UTF_8);
        return maskeer(bytes) ? new String(bytes, StandardCharsets.UTF_8) : tekst;
    }

    private static boolean cijfer(byte b) {
        return b >= '0' && b <= '9';
    }

    private static boolean hexLetter(byte[] tekst, int i) {
        if (i < 0 || i >= tekst.length) {
            return false;
        }
        byte b = tekst[i];
        return (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
    }

    /** 9*d1 + 8*d2 + ... + 2*d8 - d9 is divisible by 11 (the BSN variant of the elfproef). */
    private static boolean elfproef(byte[] tekst, int begin) {
        int som = 0;
        for (int k = 0; k < LENGTE - 1; k++) {
            som += (LENGTE - k) * (tekst[begin + k] - '0');
        }
        som -= tekst[begin + LENGTE - 1] - '0';
        return som % 11 == 0;
    }
}
