package nl.inburgering.platform.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A token bucket per client (issue 11, item 7): each client may make {@code piek} requests at once, and its bucket
 * fills again at {@code verzoekenPerSeconde}. Kept in memory per instance: with N instances a client gets N times the
 * budget. Used by {@link Schrijfbegrenzing} for the write endpoints of every service and by DUO's M2M APIs.
 */
public final class Tokenemmers {

    private final double verzoekenPerSeconde;
    private final int piek;
    private final Clock clock;
    private final ConcurrentMap<String, Emmer> emmers = new ConcurrentHashMap<>();

    public Tokenemmers(double verzoekenPerSeconde, int piek, Clock clock) {
        if (!(verzoekenPerSeconde > 0) || piek < 1) {
            throw new IllegalStateException("een tokenemmer vraagt verzoeken per seconde > 0 en een piek >= 1, niet "
                    + verzoekenPerSeconde + " en " + piek);
        }
        this.verzoekenPerSeconde = verzoekenPerSeconde;
        this.piek = piek;
        this.clock = clock;
    }

    /**
     * Takes one token from the client's bucket.
     *
     * @return 0 when the request may go, else the whole seconds (at least 1) until the client has a token again
     */
    public long neem(String client) {
        Instant nu = clock.instant();
        return emmers.computeIfAbsent(client, c -> new Emmer(nu)).neem(nu);
    }

    private final class Emmer {

        private double tokens;
        private Instant laatst;

        Emmer(Instant nu) {
            this.tokens = piek;
            this.laatst = nu;
        }

        synchronized long neem(Instant nu) {
            if (nu.isAfter(laatst)) {
                double seconden = Duration.between(laatst, nu).toNanos() / 1e9;
                tokens = Math.min(piek, tokens + seconden * verzoekenPerSeconde);
                laatst = nu;
            }
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / verzoekenPerSeconde));
        }
    }
}
