package nl.inburgering.platform.logboek;

import java.nio.charset.StandardCharsets;

/**
 * Masks, next to the BSN ({@link BsnMasker}), the other personal data that reaches log lines (issue 11, item 8):
 * <ul>
 * <li>V-nummers: every run of exactly ten digits not glued to a hexadecimal letter (as for BSNs, trace ids and
 * UUIDs stay intact); a ten-digit telephone number goes with it;</li>
 * <li>the row values in PostgreSQL's messages, where a unique-constraint race or a refused row puts a contactpersoon's
 * name and address: {@code Key (naam, adres)=(...)} and {@code Failing row contains (...)} keep their column names,
 * the values become {@code *}.</li>
 * </ul>
 * Like {@link BsnMasker} it works in place on an ASCII-compatible encoding: every masked byte becomes one {@code *},
 * also the bytes of a multi-byte character, which leaves valid UTF-8.
 */
public final class PersoonsgegevensMasker {

    private static final byte MASKER = '*';
    private static final byte[] SLEUTEL = ")=(".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RIJ = "Failing row contains (".getBytes(StandardCharsets.US_ASCII);

    private PersoonsgegevensMasker() {
    }

    /** Masks V-nummers and row values in place; returns whether anything was masked. */
    public static boolean maskeer(byte[] tekst) {
        return BsnMasker.maskeerCijferreeksen(tekst, false, true) | rijwaarden(tekst);
    }

    public static String maskeer(String tekst) {
        byte[] bytes = tekst.getBytes(StandardCharsets.UTF_8);
        return maskeer(bytes) ? new String(bytes, StandardCharsets.UTF_8) : tekst;
    }

    /** BSNs, V-nummers and row values, with one pass over the digits: what the log encoder applies to every line. */
    static boolean maskeerAlles(byte[] tekst) {
        return BsnMasker.maskeerCijferreeksen(tekst, true, true) | rijwaarden(tekst);
    }

    private static boolean rijwaarden(byte[] tekst) {
        return rijwaarden(tekst, SLEUTEL) | rijwaarden(tekst, RIJ);
    }

    /** From after the marker up to the last ')' of that line. */
    private static boolean rijwaarden(byte[] tekst, byte[] marker) {
        boolean gemaskeerd = false;
        int i = 0;
        while ((i = indexOf(tekst, marker, i)) >= 0) {
            int begin = i + marker.length;
            int eindeRegel = begin;
            while (eindeRegel < tekst.length && tekst[eindeRegel] != '\n' && tekst[eindeRegel] != '"') {
                eindeRegel++;
            }
            int sluit = -1;
            for (int j = eindeRegel - 1; j >= begin; j--) {
                if (tekst[j] == ')') {
                    sluit = j;
                    break;
                }
            }
            int einde = sluit < 0 ? eindeRegel : sluit;
            for (int j = begin; j < einde; j++) {
                tekst[j] = MASKER;
                gemaskeerd = true;
            }
            i = Math.max(einde, begin);
        }
        return gemaskeerd;
    }

    private static int indexOf(byte[] tekst, byte[] marker, int vanaf) {
        outer:
        for (int i = vanaf; i <= tekst.length - marker.length; i++) {
            for (int k = 0; k < marker.length; k++) {
                if (tekst[i + k] != marker[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
