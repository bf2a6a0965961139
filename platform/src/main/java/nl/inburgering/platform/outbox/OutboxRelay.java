package nl.inburgering.platform.outbox;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import nl.inburgering.platform.observatie.KetenMetrieken;
import nl.inburgering.platform.tracing.TraceDoorgifte;

/**
 * Publishes stored outbox rows to Kafka in volgnummer order. One relay per database is active at a
 * time (a PostgreSQL advisory lock), which keeps the per-key order even with several instances of a
 * service. A row is marked only after the broker acknowledged it; a failed send stops the batch so
 * nothing behind it overtakes it, and the rows are tried again after a back-off. A crash between
 * send and mark causes a re-send, which the consumers' inbox absorbs.
 *
 * <p>Trace context (architecture §9): each row is published in a producer span that continues the trace
 * stored with the row. The Kafka header {@code traceparent} carries that producer span, which is what
 * Spring Kafka's listener observation continues on the consumer side; the CloudEvents Distributed Tracing
 * extension attribute {@code traceparent} (header {@code ce_traceparent}) carries the context in which the
 * fact was stored, unchanged by any hop, as that extension intends.
 */
public class OutboxRelay implements SmartLifecycle {

    static final String CONTENT_TYPE = "application/avro";
    static final String TRACEPARENT = "traceparent";
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x4F5554424F58L; // "OUTBOX"
    private static final Duration MAX_WACHTTIJD = Duration.ofSeconds(5);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final KafkaTemplate<String, byte[]> kafka;
    private final Duration interval;
    private final int batchGrootte;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition werk = lock.newCondition();
    private volatile boolean gewekt;
    private volatile boolean actief;
    private Thread thread;
    private final TraceDoorgifte tracing;
    private final KetenMetrieken metrieken;
    private final Clock clock;
    private final Duration bewaartermijn;
    private Instant volgendeOpruiming = Instant.MIN;

    public OutboxRelay(JdbcClient jdbc, TransactionTemplate transaction, KafkaTemplate<String, byte[]> kafka,
            Duration interval, int batchGrootte, TraceDoorgifte tracing, KetenMetrieken metrieken, Clock clock,
            Duration bewaartermijn) {
        this.tracing = tracing;
        this.metrieken = metrieken;
        this.clock = clock;
        this.bewaartermijn = bewaartermijn;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.kafka = kafka;
        this.interval = interval;
        this.batchGrootte = batchGrootte;
    }

    /** Called after a commit that stored events, so they go out without waiting for the next poll. */
    public void wekken() {
        lock.lock();
        try {
            gewekt = true;
            werk.signal();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Publishes at most one batch.
     *
     * @return the number of rows published, or -1 when a send failed
     */
    public int publiceerBatch() {
        Integer resultaat = transaction.execute(status -> {
            Boolean mijnBeurt = jdbc.sql("select pg_try_advisory_xact_lock(?)").param(RELAY_LOCK)
                    .query(Boolean.class).single();
            if (!mijnBeurt) {
                return 0;
            }
            List<OutboxRij> rijen = jdbc.sql("""
                    select volgnummer, id, topic, partitiesleutel, type, source, tijd, dataschema, payload, traceparent
                    from outbox_event where gepubliceerd_op is null order by volgnummer limit ?
                    """).param(batchGrootte).query(OutboxRij.class).list();
            List<Long> gepubliceerd = verstuur(rijen);
            if (!gepubliceerd.isEmpty()) {
                // The chain's clock, not the database's: delivery agreements are judged in one time base.
                jdbc.sql("update outbox_event set gepubliceerd_op = :nu where volgnummer in (:volgnummers)")
                        .param("nu", java.sql.Timestamp.from(clock.instant()))
                        .param("volgnummers", gepubliceerd).update();
                rijen.subList(0, gepubliceerd.size()).forEach(rij -> metrieken.gepubliceerd(rij.topic()));
            }
            ruimOp();
            return gepubliceerd.size() < rijen.size() ? -1 : gepubliceerd.size();
        });
        return resultaat == null ? 0 : resultaat;
    }

    /**
     * Published rows are kept for the bewaartermijn as the record of what was delivered when (the delivery
     * agreements are judged on it), then removed, at most once an hour, by the relay that holds the lock.
     */
    private void ruimOp() {
        Instant nu = clock.instant();
        if (nu.isBefore(volgendeOpruiming)) {
            return;
        }
        volgendeOpruiming = nu.plus(Duration.ofHours(1));
        int verwijderd = jdbc.sql("delete from outbox_event where gepubliceerd_op < ?")
                .param(java.sql.Timestamp.from(nu.minus(bewaartermijn))).update();
        if (verwijderd > 0) {
            log.info("Outbox: {} gepubliceerde events ouder dan {} opgeruimd", verwijderd, bewaartermijn);
        }
    }

    /** Backlog for metrics and benchmarks. */
    public long achterstand() {
        return jdbc.sql("select count(*) from outbox_event where gepubliceerd_op is null")
                .query(Long.class).single();
    }

    private List<Long> verstuur(List<OutboxRij> rijen) {
        List<CompletableFuture<?>> verzonden = new ArrayList<>();
        try {
            for (OutboxRij rij : rijen) {
                TraceDoorgifte.Producentspan span = tracing.producent(rij.traceparent(), rij.topic());
                try (TraceDoorgifte.Scope scope = span.inScope()) {
                    verzonden.add(kafka.send(alsRecord(rij, span.headers()))
                            .whenComplete((resultaat, fout) -> span.einde(fout)));
                } catch (RuntimeException e) {
                    span.einde(e);
                    throw e;
                }
            }
        } catch (RuntimeException e) {
            log.warn("Outbox: versturen mislukt, later opnieuw: {}", e.getMessage());
        }
        kafka.flush();
        List<Long> gelukt = new ArrayList<>();
        for (int i = 0; i < verzonden.size(); i++) {
            try {
                verzonden.get(i).get(30, TimeUnit.SECONDS);
                gelukt.add(rijen.get(i).volgnummer());
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                log.warn("Outbox: broker bevestigde niet, later opnieuw: {}", e.getMessage());
                break; // keep the order: nothing after a failed record is marked
            }
        }
        return gelukt;
    }

    private static ProducerRecord<String, byte[]> alsRecord(OutboxRij rij, Map<String, String> traceHeaders) {
        CloudEventBuilder bouwer = CloudEventBuilder.v1()
                .withId(rij.id().toString())
                .withSource(URI.create(rij.source()))
                .withType(rij.type())
                .withTime(OffsetDateTime.ofInstant(rij.tijd().toInstant(), ZoneOffset.UTC))
                .withDataContentType(CONTENT_TYPE)
                .withDataSchema(URI.create(rij.dataschema()))
                .withData(rij.payload());
        String traceparent = rij.traceparent() != null ? rij.traceparent() : traceHeaders.get(TRACEPARENT);
        if (traceparent != null) {
            bouwer.withExtension(TRACEPARENT, traceparent);
        }
        CloudEvent event = bouwer.build();
        ProducerRecord<String, byte[]> record = KafkaMessageFactory.createWriter(rij.topic(), rij.partitiesleutel())
                .writeBinary(event);
        traceHeaders.forEach((naam, waarde) -> {
            record.headers().remove(naam);
            record.headers().add(naam, waarde.getBytes(StandardCharsets.UTF_8));
        });
        return record;
    }

    private void lus() {
        Duration wacht = interval;
        while (actief) {
            try {
                int aantal = publiceerBatch();
                if (aantal == batchGrootte) {
                    continue;
                }
                wacht = aantal < 0 ? verdubbel(wacht) : interval;
            } catch (RuntimeException e) {
                log.warn("Outbox: relay kon niet lezen of schrijven, later opnieuw: {}", e.getMessage());
                wacht = verdubbel(wacht);
            }
            wachtOpWerk(wacht);
        }
    }

    private static Duration verdubbel(Duration wacht) {
        Duration langer = wacht.multipliedBy(2);
        return langer.compareTo(MAX_WACHTTIJD) > 0 ? MAX_WACHTTIJD : langer;
    }

    private void wachtOpWerk(Duration wacht) {
        lock.lock();
        try {
            if (!gewekt) {
                werk.await(wacht.toMillis(), TimeUnit.MILLISECONDS);
            }
            gewekt = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            actief = false;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void start() {
        actief = true;
        thread = new Thread(this::lus, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        actief = false;
        wekken();
        if (thread != null) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return actief;
    }

    record OutboxRij(long volgnummer, java.util.UUID id, String topic, String partitiesleutel, String type,
            String source, java.sql.Timestamp tijd, String dataschema, byte[] payload, String traceparent) {
    }
}
