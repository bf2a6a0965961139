package nl.inburgering.gemeente.brp.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.event.TransactionalEventListener;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import nl.inburgering.gemeente.brp.api.VerhuisdNaarGemeente;

/**
 * Issue 11, item 11: any gemeente's BRP system may register a verhuizing of any ingeschreven person into its own
 * gemeente, so a gemeente that registers many is a sign of misuse (taking over persons it never had). Every
 * committed verhuizing counts in {@code keten.brp.verhuizingen{gemeente}} (the registering gemeente is the new
 * one); a gemeente that registers {@code aantal} within {@code venster} is logged once per window as an ALARM,
 * without any BSN. Kept in memory per instance, like the M2M limits: with N instances the count is per instance.
 */
public class VerhuizingenAlarm {

    private static final Logger log = LoggerFactory.getLogger(VerhuizingenAlarm.class);

    static final String METRIEK = "keten.brp.verhuizingen";

    private final int aantal;
    private final Duration venster;
    private final MeterRegistry metrieken;
    private final Clock clock;
    private final ConcurrentMap<String, Venster> vensters = new ConcurrentHashMap<>();

    public VerhuizingenAlarm(int aantal, Duration venster, MeterRegistry metrieken, Clock clock) {
        if (aantal < 1 || venster == null || venster.isNegative() || venster.isZero()) {
            throw new IllegalStateException("keten.gemeente.brp.verhuizingen-alarm vraagt een aantal >= 1 en een"
                    + " positief venster, niet " + aantal + " en " + venster);
        }
        this.aantal = aantal;
        this.venster = venster;
        this.metrieken = metrieken;
        this.clock = clock;
    }

    /** After the commit of the registration: a refused or rolled-back verhuizing does not count. */
    @TransactionalEventListener
    public void bijVerhuizing(VerhuisdNaarGemeente verhuizing) {
        geregistreerd(verhuizing.gemeentecode());
    }

    void geregistreerd(String gemeentecode) {
        Counter.builder(METRIEK).tag("gemeente", gemeentecode)
                .description("Verhuizingen die de BRP van een gemeente naar die gemeente registreerde")
                .register(metrieken).increment();
        int geteld = vensters.computeIfAbsent(gemeentecode, g -> new Venster(clock.instant())).tel(clock.instant());
        if (geteld == aantal) {
            log.warn("ALARM brp-verhuizingen: gemeente {} registreerde {} verhuizingen binnen {}", gemeentecode,
                    geteld, venster);
        }
    }

    private final class Venster {

        private Instant begin;
        private int geteld;

        Venster(Instant nu) {
            this.begin = nu;
        }

        synchronized int tel(Instant nu) {
            if (!nu.isBefore(begin.plus(venster)) || nu.isBefore(begin)) {
                begin = nu;
                geteld = 0;
            }
            return ++geteld;
        }
    }
}
