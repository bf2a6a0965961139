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
import nl.inburgering.platform.transactie.Transactiesjablonen;

/**
 * Publishes stored outbox rows to Kafka in volgnummer order. One relay per database is active at a
 * time (a PostgreSQL advisory lock), which keeps the per-key order even with several instances of a
 * service. A later record of a key is never on the wire before an earlier one that failed (issue 11, item 14): the
 * producer is idempotent, and a key's next event is sent only once the broker acknowledged the previous one (the
 * round's {@linkplain #stappen steps}); the acknowledged rows are marked, the rest of a key whose row failed waits for
 * a next round (decision 0057). With a transactional template each round is one Kafka transaction instead, visible
 * and marked as a whole or not at all. A crash between the acknowledgement and the mark causes a re-send, which the
 * consumers' inbox absorbs.
 *
 * <p>A row that fails on its own account (the broker refuses it: too large, a topic refused, not a retriable error)
 * counts an attempt; after {@code maxPogingen} it is parked ({@code geparkeerd_op}), with an error in the log and the
 * metric {@code keten.outbox.geparkeerd}, and every later row of the same partition key waits behind it while every
 * other key flows on (issue 11, item 13). A broker outage counts no attempts. After a fix, an operator releases a
 * parked row with {@code update outbox_event set geparkeerd_op = null, pogingen = 0 where id = ...}.
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
    private static final int MAX_WACHTTIJD_SECONDEN = 5;
    private static final Duration MAX_WACHTTIJD = Duration.ofSeconds(MAX_WACHTTIJD_SECONDEN);
    private static final Duration KORT = Duration.ofMillis(200);
    public static final int STANDAARD_MAX_POGINGEN = 10;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final KafkaTemplate<String, byte[]> kafka;
    private final Duration interval;
    private final int batchGrootte;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition werk = lock.newCondition();
    private volatile boolean gewekt;
    /** The last round found another instance's relay at work: its rows may be ours too, so look again soon. */
    private volatile boolean beurtGemist;
    private volatile boolean actief;
    private volatile String gestoptDoor;
    private Thread thread;
    private final TraceDoorgifte tracing;
    private final KetenMetrieken metrieken;
    private final Clock clock;
    private final Duration bewaartermijn;
    private Instant volgendeOpruiming = Instant.MIN;
    private final int maxPogingen;
    private volatile java.util.function.Consumer<Crashpunt> crashpunten = punt -> {
    };

    /**
     * The named moments of a batch at which a fault test crashes the relay (issue 11, the fault suite). A test seam:
     * see {@link #crashpunten}; in production nothing happens there.
     */
    public enum Crashpunt {
        /** The batch's rows are read under the lock and nothing is sent: use cases committed, nothing published. */
        NA_LEZEN,
        /**
         * Every record of the batch is sent and acknowledged; in a Kafka transaction, that transaction is still open.
         * Without one the records are visible now, as at {@link #NA_KAFKA_COMMIT}.
         */
        NA_VERSTUREN,
        /** The Kafka transaction (if any) is committed; the rows are not yet marked published. */
        NA_KAFKA_COMMIT
    }

    public OutboxRelay(JdbcClient jdbc, TransactionTemplate transaction, KafkaTemplate<String, byte[]> kafka,
            Duration interval, int batchGrootte, TraceDoorgifte tracing, KetenMetrieken metrieken, Clock clock,
            Duration bewaartermijn) {
        this(jdbc, transaction, kafka, interval, batchGrootte, tracing, metrieken, clock, bewaartermijn,
                STANDAARD_MAX_POGINGEN);
    }

    /**
     * @param kafka       an idempotent producer's template (the order per key kept by the steps); a transactional
     *                    one makes each round one Kafka transaction
     * @param maxPogingen attempts of a row that fails on its own account before it is parked
     */
    public OutboxRelay(JdbcClient jdbc, TransactionTemplate transaction, KafkaTemplate<String, byte[]> kafka,
            Duration interval, int batchGrootte, TraceDoorgifte tracing, KetenMetrieken metrieken, Clock clock,
            Duration bewaartermijn, int maxPogingen) {
        this.maxPogingen = maxPogingen;
        this.tracing = tracing;
        this.metrieken = metrieken;
        this.clock = clock;
        this.bewaartermijn = bewaartermijn;
        this.jdbc = jdbc;
        this.transaction = Transactiesjablonen.genaamd(transaction, Transactiesjablonen.OUTBOX_RELAY);
        this.kafka = kafka;
        this.interval = interval;
        this.batchGrootte = batchGrootte;
    }

    /**
     * Test seam (issue 11, the fault suite): {@code bij} is called at each {@link Crashpunt} of every batch, inside
     * the batch's database transaction (the lock held), on the relay's thread; a fault test throws there (an
     * {@link Error} ends the relay's thread, as a crash would) or blocks. {@code null} restores the default, which does
     * nothing. Production code never calls this.
     */
    public void crashpunten(java.util.function.Consumer<Crashpunt> bij) {
        this.crashpunten = bij != null ? bij : punt -> {
        };
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
            beurtGemist = !mijnBeurt;
            if (!mijnBeurt) {
                return 0;
            }
            // Not parked, and no parked row of the same key before it: a parked row holds back its key only.
            List<OutboxRij> rijen = jdbc.sql("""
                    select volgnummer, id, topic, partitiesleutel, type, source, tijd, dataschema, payload, traceparent,
                           uiterlijk_op
                    from outbox_event o
                    where gepubliceerd_op is null and geparkeerd_op is null
                      and not exists (select 1 from outbox_event p
                                      where p.geparkeerd_op is not null and p.gepubliceerd_op is null
                                        and p.partitiesleutel = o.partitiesleutel and p.volgnummer < o.volgnummer)
                    order by volgnummer limit ?
                    """).param(batchGrootte).query(OutboxRij.class).list();
            ruimOp();
            if (rijen.isEmpty()) {
                return 0;
            }
            crashpunten.accept(Crashpunt.NA_LEZEN);
            Uitslag uitslag = verstuur(rijen);
            if (uitslag.mislukt() == null) {
                crashpunten.accept(Crashpunt.NA_KAFKA_COMMIT);
            }
            markeer(uitslag.bevestigd());
            if (uitslag.mislukt() != null) {
                registreer(uitslag.mislukt());
                return -1;
            }
            return rijen.size();
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

    /** Marks the rows the broker acknowledged (in a Kafka transaction: committed) as published. */
    private void markeer(List<OutboxRij> bevestigd) {
        if (bevestigd.isEmpty()) {
            return;
        }
        // The chain's clock, not the database's: delivery agreements are judged in one time base.
        jdbc.sql("update outbox_event set gepubliceerd_op = :nu where volgnummer in (:volgnummers)")
                .param("nu", java.sql.Timestamp.from(clock.instant()))
                .param("volgnummers", bevestigd.stream().map(OutboxRij::volgnummer).toList()).update();
        bevestigd.forEach(rij -> metrieken.gepubliceerd(rij.topic()));
    }

    /** A failed send: the row that failed on its own account, if one did, and why. */
    private record Mislukt(OutboxRij schuldige, Throwable fout) {
    }

    /** What a round achieved: the rows on the wire for good, and its first failure (null when there was none). */
    private record Uitslag(List<OutboxRij> bevestigd, Mislukt mislukt) {
    }

    private static final class BatchMislukt extends RuntimeException {
        private final transient Mislukt mislukt;

        BatchMislukt(Mislukt mislukt) {
            super(mislukt.fout());
            this.mislukt = mislukt;
        }
    }

    /**
     * Sends the round's rows in {@link #stappen steps}. In a Kafka transaction every row is committed or none is;
     * without one, the rows the broker acknowledged are on the wire for good and are marked, and a row that failed
     * holds back the later rows of its key until a next round (decision 0057).
     */
    private Uitslag verstuur(List<OutboxRij> rijen) {
        if (!kafka.isTransactional()) {
            Uitslag uitslag = verstuurInStappen(kafka, rijen);
            if (uitslag.mislukt() == null) {
                crashpunten.accept(Crashpunt.NA_VERSTUREN);
            } else {
                log.warn("Outbox: {} van {} events bevestigd, de rest later opnieuw: {}", uitslag.bevestigd().size(),
                        rijen.size(), uitslag.mislukt().fout().toString());
            }
            return uitslag;
        }
        try {
            kafka.executeInTransaction(operaties -> {
                Uitslag uitslag = verstuurInStappen(operaties, rijen);
                if (uitslag.mislukt() != null) {
                    throw new BatchMislukt(uitslag.mislukt()); // aborted: nothing of this batch becomes visible
                }
                crashpunten.accept(Crashpunt.NA_VERSTUREN);
                return null;
            });
            return new Uitslag(rijen, null);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof BatchMislukt batch) {
                    log.warn("Outbox: batch niet bevestigd, later opnieuw: {}", batch.mislukt.fout().toString());
                    return new Uitslag(List.of(), batch.mislukt);
                }
            }
            Throwable oorzaak = e;
            while (oorzaak.getCause() != null && oorzaak.getCause() != oorzaak) {
                oorzaak = oorzaak.getCause();
            }
            log.warn("Outbox: versturen mislukt, later opnieuw: {} ({})", e.toString(), oorzaak.toString());
            return new Uitslag(List.of(), new Mislukt(null, e));
        }
    }

    /**
     * Sends step after step: a step's records at once, all answered before the next step goes out. A row that fails
     * holds back the rest of its key; a failure that is not the row's own (the broker out of reach) ends the round.
     */
    private Uitslag verstuurInStappen(org.springframework.kafka.core.KafkaOperations<String, byte[]> operaties,
            List<OutboxRij> rijen) {
        List<OutboxRij> bevestigd = new ArrayList<>();
        java.util.Set<String> tegengehouden = new java.util.HashSet<>();
        Mislukt eerste = null;
        for (List<OutboxRij> stap : stappen(rijen)) {
            List<OutboxRij> nu = stap.stream().filter(rij -> !tegengehouden.contains(rij.partitiesleutel())).toList();
            List<CompletableFuture<?>> verzonden = nu.stream().<CompletableFuture<?>>map(rij -> verzend(operaties, rij))
                    .toList();
            operaties.flush();
            boolean algemeen = false;
            for (int i = 0; i < nu.size(); i++) {
                Throwable fout = uitkomst(verzonden.get(i));
                if (fout == null) {
                    bevestigd.add(nu.get(i));
                    continue;
                }
                tegengehouden.add(nu.get(i).partitiesleutel());
                boolean eigen = eigenFout(fout);
                algemeen |= !eigen;
                if (eerste == null || eerste.schuldige() == null && eigen) {
                    eerste = new Mislukt(eigen ? nu.get(i) : null, fout);
                }
            }
            if (algemeen) {
                break;
            }
        }
        return new Uitslag(bevestigd, eerste);
    }

    private CompletableFuture<?> verzend(org.springframework.kafka.core.KafkaOperations<String, byte[]> operaties,
            OutboxRij rij) {
        TraceDoorgifte.Producentspan span = tracing.producent(rij.traceparent(), rij.topic());
        try (TraceDoorgifte.Scope scope = span.inScope()) {
            return operaties.send(alsRecord(rij, span.headers())).whenComplete((resultaat, fout) -> span.einde(fout));
        } catch (RuntimeException e) { // refused before it was sent (too large for the producer, no metadata in time)
            span.einde(e);
            return CompletableFuture.failedFuture(e);
        }
    }

    /** @return null when the broker acknowledged the record, otherwise why not */
    private static Throwable uitkomst(CompletableFuture<?> verzonden) {
        try {
            verzonden.get(30, TimeUnit.SECONDS);
            return null;
        } catch (java.util.concurrent.ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        } catch (java.util.concurrent.TimeoutException e) {
            return e;
        }
    }

    /**
     * The round's rows in steps: step n holds the n-th event of every partition key, with all its rows (an event
     * stored for several recipients has a row per recipient's topic, under one id). A key's next event is sent only
     * once the previous one is acknowledged, so no failure or retry lets it overtake (decision 0057). A round that
     * carries one event per key is one step.
     */
    static List<List<OutboxRij>> stappen(List<OutboxRij> rijen) {
        Map<String, List<List<OutboxRij>>> perSleutel = new java.util.LinkedHashMap<>();
        for (OutboxRij rij : rijen) {
            List<List<OutboxRij>> vanSleutel = perSleutel.computeIfAbsent(rij.partitiesleutel(), k -> new ArrayList<>());
            List<OutboxRij> laatste = vanSleutel.isEmpty() ? null : vanSleutel.get(vanSleutel.size() - 1);
            if (laatste != null && laatste.get(0).id().equals(rij.id())) {
                laatste.add(rij);
            } else {
                vanSleutel.add(new ArrayList<>(List.of(rij)));
            }
        }
        List<List<OutboxRij>> stappen = new ArrayList<>();
        for (List<List<OutboxRij>> vanSleutel : perSleutel.values()) {
            for (int n = 0; n < vanSleutel.size(); n++) {
                if (stappen.size() == n) {
                    stappen.add(new ArrayList<>());
                }
                stappen.get(n).addAll(vanSleutel.get(n));
            }
        }
        return stappen;
    }

    /**
     * Whether the broker or producer refused this record itself (too large, a topic refused): an error that is not
     * retriable and not a consequence of another record's failure or of an aborted transaction.
     */
    private static boolean eigenFout(Throwable fout) {
        for (Throwable t = fout; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.apache.kafka.common.errors.RetriableException
                    || t instanceof org.apache.kafka.common.errors.TransactionAbortedException
                    || t instanceof org.apache.kafka.common.errors.ProducerFencedException
                    || t instanceof org.apache.kafka.common.errors.InvalidProducerEpochException) {
                return false;
            }
            if (t instanceof org.apache.kafka.common.errors.ApiException) {
                return true;
            }
        }
        return false;
    }

    /** Counts an attempt of the row that failed on its own account, and parks it after {@code maxPogingen}. */
    private void registreer(Mislukt mislukt) {
        if (mislukt.schuldige() == null) {
            return;
        }
        OutboxRij rij = mislukt.schuldige();
        Throwable reden = mislukt.fout();
        while (!(reden instanceof org.apache.kafka.common.errors.ApiException) && reden.getCause() != null
                && reden.getCause() != reden) {
            reden = reden.getCause();
        }
        String fout = reden.getClass().getSimpleName() + ": " + reden.getMessage();
        Integer pogingen = jdbc.sql("""
                update outbox_event set pogingen = pogingen + 1, laatste_fout = :fout,
                       geparkeerd_op = case when pogingen + 1 >= :max then cast(:nu as timestamptz) end
                where volgnummer = :volgnummer returning pogingen
                """).param("fout", fout.length() > 1000 ? fout.substring(0, 1000) : fout)
                .param("max", maxPogingen).param("nu", java.sql.Timestamp.from(clock.instant()))
                .param("volgnummer", rij.volgnummer()).query(Integer.class).single();
        if (pogingen >= maxPogingen) {
            log.error("Outbox: event {} op {} na {} pogingen geparkeerd ({}); de latere events van dezelfde sleutel "
                    + "wachten erachter, de andere stromen door", rij.id(), rij.topic(), pogingen, fout);
            metrieken.geparkeerd(rij.topic());
        }
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
        if (rij.uiterlijkOp() != null) {
            // the delivery deadline travels with the event, so the consumer can judge the agreement (decision 0042)
            bouwer.withExtension(nl.inburgering.platform.leveringsafspraak.Leveringsafspraken.UITERLIJK_OP,
                    java.time.format.DateTimeFormatter.ISO_INSTANT.format(rij.uiterlijkOp().toInstant()));
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

    /**
     * Why the relay's thread ended while it should run (an {@link Error} escaped a batch), or empty while it runs or was
     * stopped on purpose. A dead relay publishes nothing until the service restarts; the liveness probe says so
     * ({@code OutboxRelayGezondheid}), so the platform restarts it instead of leaving it silent.
     */
    public java.util.Optional<String> gestoptDoor() {
        return java.util.Optional.ofNullable(gestoptDoor);
    }

    private void lus() {
        try {
            publiceerZolangActief();
        } catch (Throwable fout) {
            gestoptDoor = fout.getClass().getName();
            log.error("Outbox: de relay is gestopt door {}; er wordt niets meer gepubliceerd tot de service herstart",
                    fout.getClass().getName());
            throw fout;
        }
    }

    private void publiceerZolangActief() {
        Duration wacht = interval;
        while (actief) {
            try {
                int aantal = publiceerBatch();
                if (aantal == batchGrootte) {
                    continue;
                }
                wacht = wachtNa(aantal, beurtGemist, wacht, interval);
            } catch (RuntimeException e) {
                log.warn("Outbox: relay kon niet lezen of schrijven, later opnieuw: {}", e.getMessage());
                wacht = verdubbel(wacht);
            }
            wachtOpWerk(wacht);
        }
    }

    /**
     * How long the relay waits for a cue after a round that published {@code aantal} rows (-1: a send failed) and
     * waited {@code vorige} before it. A commit that stores events wakes it at once, so the interval is only the safety
     * net and can be long: every look is a transaction. But a round that missed the lock found another instance's
     * relay at work, which holds it only for one batch, and rows that instance stored may wait for this one: look
     * again soon. A failure backs off, doubling up to {@value #MAX_WACHTTIJD_SECONDEN} s.
     */
    static Duration wachtNa(int aantal, boolean beurtGemist, Duration vorige, Duration interval) {
        if (aantal < 0) {
            return verdubbel(vorige);
        }
        return beurtGemist && interval.compareTo(KORT) > 0 ? KORT : interval;
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
        gestoptDoor = null;
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
            String source, java.sql.Timestamp tijd, String dataschema, byte[] payload, String traceparent,
            java.sql.Timestamp uiterlijkOp) {
    }
}
