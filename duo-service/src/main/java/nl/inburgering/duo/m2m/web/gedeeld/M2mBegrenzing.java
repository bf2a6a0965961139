package nl.inburgering.duo.m2m.web.gedeeld;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import nl.inburgering.platform.web.Tokenemmers;

/**
 * The limits per client on DUO's M2M APIs (issue 11, items 2 and 7; decision 0010), kept in memory per instance:
 * <ul>
 * <li>a token bucket per client (the platform's {@link Tokenemmers}, as on every service's write endpoints):
 * {@code piek} requests at once, refilled at {@code verzoekenPerSeconde}; a request without a token answers 429 with
 * the seconds until the next one;</li>
 * <li>a count of refused persons (unknown to DUO or not relevant for the gemeente: both answer the same 404) per
 * client and window: every refusal counts in the metric {@code duo.m2m.weigeringen}; from
 * {@code alarmVanafWeigeringen} the client is logged as an ALARM (once per window); from
 * {@code weigeringenPerVenster} its person requests answer 429 until the window ends, so nobody can sweep BSNs.</li>
 * </ul>
 * The client is the OIN of the token (the bron must be that OIN anyway).
 */
@Component
public class M2mBegrenzing {

    private static final Logger log = LoggerFactory.getLogger(M2mBegrenzing.class);

    private final M2mBegrenzingProperties limieten;
    private final MeterRegistry metrieken;
    private final Clock clock;
    private final Tokenemmers emmers;
    private final ConcurrentMap<String, Weigeringen> weigeringen = new ConcurrentHashMap<>();

    public M2mBegrenzing(M2mBegrenzingProperties limieten, MeterRegistry metrieken, Clock clock) {
        this.limieten = limieten;
        this.metrieken = metrieken;
        this.clock = clock;
        this.emmers = new Tokenemmers(limieten.verzoekenPerSeconde(), limieten.piek(), clock);
    }

    /** Takes a request of the client from its bucket. @throws TeVeelVerzoekenException when it is empty */
    public void verzoek(String client, boolean overEenPersoon) {
        Instant nu = clock.instant();
        if (overEenPersoon) {
            Weigeringen w = weigeringen.get(client);
            long wacht = w == null ? 0 : w.geblokkeerdNog(nu);
            if (wacht > 0) {
                tel("duo.m2m.begrensd", client, "weigeringen");
                throw new TeVeelVerzoekenException("Te veel personen geweigerd; probeer het later opnieuw.", wacht);
            }
        }
        long wacht = emmers.neem(client);
        if (wacht > 0) {
            tel("duo.m2m.begrensd", client, "tempo");
            throw new TeVeelVerzoekenException("Te veel verzoeken; probeer het later opnieuw.", wacht);
        }
    }

    /** A person was refused to the client (unknown or not relevant): counted, alarmed, and blocked beyond the max. */
    public void weigering(String client) {
        Instant nu = clock.instant();
        tel("duo.m2m.weigeringen", client, null);
        int aantal = weigeringen.computeIfAbsent(client, c -> new Weigeringen(nu)).tel(nu);
        if (aantal == limieten.alarmVanafWeigeringen()) {
            log.warn("ALARM m2m-weigeringen: client {} kreeg {} personen geweigerd binnen {}", client, aantal,
                    limieten.venster());
        }
    }

    private void tel(String naam, String client, String reden) {
        Counter.Builder teller = Counter.builder(naam).tag("oin", client);
        if (reden != null) {
            teller.tag("reden", reden);
        }
        teller.register(metrieken).increment();
    }

    private final class Weigeringen {

        private Instant begin;
        private int aantal;

        Weigeringen(Instant nu) {
            this.begin = nu;
        }

        synchronized int tel(Instant nu) {
            vernieuw(nu);
            return ++aantal;
        }

        /** @return 0 when the client may ask for persons, else the seconds until the window ends */
        synchronized long geblokkeerdNog(Instant nu) {
            vernieuw(nu);
            if (aantal < limieten.weigeringenPerVenster()) {
                return 0;
            }
            return Math.max(1, Duration.between(nu, begin.plus(limieten.venster())).toSeconds());
        }

        private void vernieuw(Instant nu) {
            if (!nu.isBefore(begin.plus(limieten.venster())) || nu.isBefore(begin)) {
                begin = nu;
                aantal = 0;
            }
        }
    }
}
