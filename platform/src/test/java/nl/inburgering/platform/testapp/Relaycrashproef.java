package nl.inburgering.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.inburgering.platform.events.Pseudoniem;
import nl.inburgering.platform.outbox.OutboxRelay;
import nl.inburgering.platform.outbox.OutboxRelay.Crashpunt;
import nl.inburgering.platform.outbox.OutboxRelayGezondheid;

/**
 * Issue 11's proof of a relay that crashes at a named point of a batch (decision 0016), for the fault suites with and
 * without a Kafka transaction per round: half the stream is stored while the relay is stopped; the relay starts and
 * crashes on that batch; the other half is stored while it is down; it is restarted; a last round (each person's
 * sentinel) follows when the fault is over. Input = output: every event one effect, in order, nothing dead-lettered.
 */
record Relaycrashproef(OutboxRelay relay, OutboxRelayGezondheid gezondheid, JdbcClient jdbc, Pseudoniem pseudoniem,
        PlatformTestApplication.Inschrijver inschrijver) {

    private static final int PERSONEN = 10;
    private static final int RONDEN_VOOR_DE_CRASH = 3;
    private static final int RONDEN_NA_DE_CRASH = 3;

    /** What a crash of the relay's thread looks like: not an exception the relay's loop catches. */
    static final class Relaycrash extends Error {
        Relaycrash(Crashpunt punt) {
            super("de relay crasht " + punt + " (storingsproef)");
        }
    }

    /** After a proof: no crash points, the relay running. */
    void herstel() {
        relay.crashpunten(null);
        if (!relay.isRunning()) {
            relay.start();
        }
    }

    Storingsstroom.Uitkomst crashEnHerstart(Crashpunt punt, String proef) {
        Storingsstroom stroom = new Storingsstroom(jdbc, pseudoniem, PERSONEN);
        relay.stop();
        for (int i = 0; i < RONDEN_VOOR_DE_CRASH; i++) {
            stroom.ronde(inschrijver::schrijfIn);
        }
        AtomicInteger crashes = new AtomicInteger();
        relay.crashpunten(bij -> {
            if (bij == punt && crashes.compareAndSet(0, 1)) {
                throw new Relaycrash(bij);
            }
        });

        relay.start();
        // the crash is the relay thread's own end, not the test's failure: Awaitility must not rethrow it here
        await().dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(30)).until(() -> crashes.get() == 1);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(gezondheid.health().getStatus())
                .as("een dode relay maakt de service niet-levend, zodat het platform haar herstart")
                .isEqualTo(Status.DOWN));
        for (int i = 0; i < RONDEN_NA_DE_CRASH; i++) {
            stroom.ronde(inschrijver::schrijfIn); // committed while no relay runs
        }
        relay.stop(); // its thread is dead already: this is the restart
        relay.crashpunten(null);
        relay.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> relay.achterstand() == 0);
        assertThat(gezondheid.health().getStatus()).as("na de herstart weer levend").isEqualTo(Status.UP);
        stroom.ronde(inschrijver::schrijfIn);

        stroom.wachtOpAlleEffecten(Duration.ofSeconds(60));
        Storingsstroom.Uitkomst uitkomst = stroom.uitkomst();
        System.out.println(uitkomst.regel(proef, crashes.get()));
        assertThat(uitkomst.opDeLijn()).as("elk event op het topic").isEqualTo(uitkomst.events());
        assertThat(uitkomst.verloren()).as("verloren").isZero();
        assertThat(uitkomst.dubbel()).as("dubbele effecten").isZero();
        assertThat(uitkomst.buitenVolgorde()).as("personen met effecten buiten volgorde").isZero();
        assertThat(uitkomst.inDlt()).as("naar de DLT").isZero();
        return uitkomst;
    }
}
