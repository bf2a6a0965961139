package nl.inburgering.platform.observatie;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import nl.inburgering.platform.leveringsafspraak.Leveringsafspraken;

/**
 * The chain's own metrics (architecture §9), for Prometheus: events published and handled per topic,
 * dead-lettered records per topic, the outbox backlog and the age of its oldest row, and the deliveries per
 * stelseldienst that missed their agreement (§14.3). The database figures are read every
 * {@code verversing} by one background thread, so a scrape never waits for the database.
 */
public class KetenMetrieken implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(KetenMetrieken.class);

    private final MeterRegistry registry;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration verversing;
    private final AtomicReference<Double> achterstand = new AtomicReference<>(Double.NaN);
    private final AtomicReference<Double> oudsteSeconden = new AtomicReference<>(Double.NaN);
    private final AtomicReference<Double> geparkeerd = new AtomicReference<>(Double.NaN);
    private final MultiGauge verlopen;
    private final MultiGauge leveringen;
    private final Leveringsafspraken leveringsafspraken;
    private ScheduledExecutorService thread;

    public KetenMetrieken(MeterRegistry registry, JdbcClient jdbc, Clock clock, Duration verversing) {
        this(registry, jdbc, clock, verversing, null);
    }

    /**
     * @param leveringsafspraken the deliveries per stelseldienst and partner pair judged against their agreement, as
     *                           {@code keten.leveringsafspraak{stelseldienst,leverancier,afnemer,uitkomst}}
     *                           (decision 0042); null: not measured
     */
    public KetenMetrieken(MeterRegistry registry, JdbcClient jdbc, Clock clock, Duration verversing,
            Leveringsafspraken leveringsafspraken) {
        this.leveringsafspraken = leveringsafspraken;
        this.registry = registry;
        this.jdbc = jdbc;
        this.clock = clock;
        this.verversing = verversing;
        Gauge.builder("keten.outbox.achterstand", achterstand, AtomicReference::get)
                .description("Events in de outbox die nog niet gepubliceerd zijn").register(registry);
        Gauge.builder("keten.outbox.oudste", oudsteSeconden, AtomicReference::get).baseUnit("seconds")
                .description("Leeftijd van het oudste nog niet gepubliceerde event").register(registry);
        Gauge.builder("keten.outbox.geparkeerd", geparkeerd, AtomicReference::get)
                .description("Events in de outbox die na herhaalde weigering geparkeerd zijn (alert bij > 0)")
                .register(registry);
        this.verlopen = MultiGauge.builder("keten.leveringsafspraak.verlopen")
                .description("Leveringen per stelseldienst die hun leveringsafspraak niet haalden of niet halen")
                .register(registry);
        this.leveringen = MultiGauge.builder("keten.leveringsafspraak")
                .description("Leveringen per stelseldienst en ketenpartnerpaar naar uitkomst tegen de leveringsafspraak"
                        + " (op_tijd, te_laat, open, niet_verstuurd)")
                .register(registry);
    }

    public void gepubliceerd(String topic) {
        Counter.builder("keten.events.gepubliceerd").tag("topic", topic).register(registry).increment();
    }

    public void verwerkt(String topic) {
        Counter.builder("keten.events.verwerkt").tag("topic", topic).register(registry).increment();
    }

    /** An outbox row the broker kept refusing was parked: its key waits, the rest flows (alert on it). */
    public void geparkeerd(String topic) {
        Counter.builder("keten.outbox.parkeringen").tag("topic", topic).register(registry).increment();
    }

    public void naarDlt(String topic) {
        Counter.builder("keten.dlt.berichten").tag("topic", topic).register(registry).increment();
    }

    /** An operator replayed a dead letter of {@code topic} (the original topic) after a fix. */
    public void herverwerkt(String topic) {
        Counter.builder("keten.dlt.herverwerkt").tag("topic", topic)
                .description("Dead letters die een beheerder na een herstel opnieuw naar hun topic stuurde")
                .register(registry).increment();
    }

    /** Reads the database figures now (the background thread does so every {@code verversing}). */
    public void ververs() {
        try {
            Timestamp nu = Timestamp.from(clock.instant());
            achterstand.set(jdbc.sql("select count(*) from outbox_event where gepubliceerd_op is null")
                    .query(Long.class).single().doubleValue());
            geparkeerd.set(jdbc.sql(
                    "select count(*) from outbox_event where geparkeerd_op is not null and gepubliceerd_op is null")
                    .query(Long.class).single().doubleValue());
            oudsteSeconden.set(jdbc.sql("""
                    select coalesce(extract(epoch from (? - min(tijd))), 0) from outbox_event
                    where gepubliceerd_op is null""").param(nu).query(Double.class).single());
            List<MultiGauge.Row<?>> rijen = jdbc.sql("""
                    select topic, count(*) from outbox_event
                    where uiterlijk_op is not null
                      and ((gepubliceerd_op is null and uiterlijk_op < ?) or gepubliceerd_op > uiterlijk_op)
                    group by topic""").param(nu)
                    .query((rs, i) -> MultiGauge.Row.of(Tags.of("topic", rs.getString(1)), rs.getLong(2)))
                    .list().stream().<MultiGauge.Row<?>>map(r -> r).toList();
            verlopen.register(rijen, true);
            if (leveringsafspraken != null) {
                leveringen.register(leveringsafspraken.lopendeTellingen().stream()
                        .<MultiGauge.Row<?>>map(t -> MultiGauge.Row.of(Tags.of("stelseldienst", t.stelseldienst(),
                                "leverancier", t.leverancier(), "afnemer", t.afnemer(), "uitkomst", t.uitkomst().tag()),
                                t.aantal()))
                        .toList(), true);
            }
        } catch (RuntimeException e) {
            log.warn("Metrieken konden niet ververst worden: {}", e.getMessage());
        }
    }

    @Override
    public void start() {
        thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "keten-metrieken");
            t.setDaemon(true);
            return t;
        });
        thread.scheduleWithFixedDelay(this::ververs, 0, verversing.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (thread != null) {
            thread.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null && !thread.isShutdown();
    }
}
