package nl.inburgering.keten.benchmark;

/**
 * Made-up BSNs that pass the elfproef, in order from a start: the first eight digits count up from {@code start},
 * the ninth is the check digit (numbers whose check digit would be 10 are skipped). Two generators with start
 * values far enough apart never meet (about 91 of every 100 numbers are valid).
 */
final class Bsns {

    private long volgende;

    Bsns(long start) {
        if (start < 1 || start > 99_999_999L) {
            throw new IllegalArgumentException("start must have at most eight digits");
        }
        this.volgende = start;
    }

    /** The next valid BSN. */
    String volgende() {
        while (true) {
            if (volgende > 99_999_999L) {
                throw new IllegalStateException("no BSNs left");
            }
            long romp = volgende++;
            int som = 0;
            long rest = romp;
            for (int gewicht = 2; gewicht <= 9; gewicht++) {
                som += (int) (rest % 10) * gewicht;
                rest /= 10;
            }
            int controle = som % 11;
            if (controle < 10) {
                return String.format("%08d%d", romp, controle);
            }
        }
    }

    /** The elfproef as the services apply it: 9·d1 + 8·d2 + ... + 2·d8 − 1·d9 is a multiple of 11. */
    static boolean elfproef(String bsn) {
        if (bsn == null || !bsn.matches("\\d{9}") || bsn.equals("000000000")) {
            return false;
        }
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (bsn.charAt(i) - '0') * (9 - i);
        }
        som -= bsn.charAt(8) - '0';
        return som % 11 == 0;
    }
}
