package nl.inburgering.platform.bewaring;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps the inbox and the Logboek dataverwerkingen from growing without end (issue 11, item 22): once an hour, rows
 * older than their bewaartermijn are deleted in batches, each batch a statement of its own so no long transaction
 * holds locks. The inbox is kept longer than any redelivery or replay window ({@code keten.inbox.bewaartermijn}),
 * the Logboek for its legal retention ({@code keten.logboek.bewaartermijn}). Deleting is idempotent, so instances
 * that run it at the same time do no harm.
 */
public class Bewaartermijnen implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Bewaartermijnen.class);
    static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration inbox;
    private final Duration logboek;
    private ScheduledExecutorService thread;

    public Bewaartermijnen(JdbcClient jdbc, Clock clock, Duration inbox, Duration logboek) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.inbox = inbox;
        this.logboek = logboek;
    }

    /** Deletes what is past its bewaartermijn. @return the number of rows deleted */
    public int ruimOp() {
        int verwijderd = verwijder("inbox_event", "ontvangen_op", inbox)
                + verwijder("logboek_dataverwerking", "end_time", logboek);
        if (verwijderd > 0) {
            log.info("Bewaartermijnen: {} rijen uit inbox en Logboek opgeruimd", verwijderd);
        }
        return verwijderd;
    }

    private int verwijder(String tabel, String kolom, Duration termijn) {
        Timestamp grens = Timestamp.from(clock.instant().minus(termijn));
        int totaal = 0;
        int deze;
        do {
            deze = jdbc.sql("delete from " + tabel + " where ctid = any(array(select ctid from " + tabel + " where "
                    + kolom + " < ? limit ?))").params(grens, BATCH).update();
            totaal += deze;
        } while (deze == BATCH);
        return totaal;
    }

    @Override
    public void start() {
        thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "keten-bewaartermijnen");
            t.setDaemon(true);
            return t;
        });
        thread.scheduleWithFixedDelay(() -> {
            try {
                ruimOp();
            } catch (RuntimeException e) {
                log.warn("Bewaartermijnen: opruimen mislukt, over een uur opnieuw: {}", e.getMessage());
            }
        }, 1, 60, TimeUnit.MINUTES);
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
