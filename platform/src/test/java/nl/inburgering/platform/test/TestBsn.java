package nl.inburgering.platform.test;

import java.util.concurrent.atomic.AtomicInteger;

/** Fresh valid BSNs, so tests sharing a database never see each other's persons. */
public final class TestBsn {

    private static final AtomicInteger VOLGENDE = new AtomicInteger((int) (System.nanoTime() % 5_000_000));

    private TestBsn() {
    }

    public static String nieuw() {
        while (true) {
            String kandidaat = String.format("%08d", 10_000_000 + VOLGENDE.incrementAndGet() % 80_000_000);
            int som = 0;
            for (int i = 0; i < 8; i++) {
                som += (9 - i) * (kandidaat.charAt(i) - '0');
            }
            int laatste = som % 11;
            if (laatste <= 9) {
                return kandidaat + laatste;
            }
        }
    }
}
