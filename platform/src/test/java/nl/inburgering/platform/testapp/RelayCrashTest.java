package nl.inburgering.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

import nl.inburgering.platform.events.Pseudoniem;
import nl.inburgering.platform.outbox.OutboxRelay;
import nl.inburgering.platform.outbox.OutboxRelay.Crashpunt;

/**
 * Issue 11, the fault suite: the relay crashes (its thread dies) at a named point of a batch while use cases go on
 * committing events, and is restarted. Every event arrives once and in order per person; which of the two guarantees
 * catches the batch that was in flight (the aborted Kafka transaction or the inbox) is shown by what a read-committed
 * consumer of the topic saw.
 */
@PlatformIntegratieTest
@DirtiesContext
class RelayCrashTest {

    private static final int PERSONEN = 10;
    private static final int RONDEN_VOOR_DE_CRASH = 3;
    private static final int RONDEN_NA_DE_CRASH = 3;

    @Autowired
    PlatformTestApplication.Inschrijver inschrijver;
    @Autowired
    OutboxRelay relay;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Pseudoniem pseudoniem;

    /** What a crash of the relay's thread looks like: not an exception the relay's loop catches. */
    static final class Relaycrash extends Error {
        Relaycrash(Crashpunt punt) {
            super("de relay crasht " + punt + " (storingsproef)");
        }
    }

    @AfterEach
    void relayWeerGewoon() {
        relay.crashpunten(null);
        if (!relay.isRunning()) {
            relay.start();
        }
    }

    @Test
    void een_relay_die_crasht_tussen_de_commit_van_een_use_case_en_het_versturen_verliest_niets_en_verdubbelt_niets() {
        Storingsstroom.Uitkomst uitkomst = crashEnHerstart(Crashpunt.NA_LEZEN, "relay crasht na commit, voor versturen");

        assertThat(uitkomst.dubbelOpDeLijn()).as("er was niets verstuurd").isZero();
        assertThat(uitkomst.afgebroken()).isZero();
    }

    @Test
    void een_relay_die_crasht_na_het_versturen_in_een_open_kafkatransactie_laat_de_afnemer_geen_dubbel_zien() {
        Storingsstroom.Uitkomst uitkomst = crashEnHerstart(Crashpunt.NA_VERSTUREN,
                "relay crasht na versturen, voor de Kafka-commit");

        assertThat(uitkomst.afgebroken()).as("de verstuurde batch stond op de lijn, in een afgebroken transactie")
                .isPositive();
        assertThat(uitkomst.dubbelOpDeLijn()).as("een read-committed afnemer ziet er niets van").isZero();
    }

    @Test
    void een_relay_die_crasht_na_de_kafkacommit_voor_het_markeren_verstuurt_opnieuw_en_de_inbox_vangt_het_op() {
        Storingsstroom.Uitkomst uitkomst = crashEnHerstart(Crashpunt.NA_KAFKA_COMMIT,
                "relay crasht na de Kafka-commit, voor het markeren");

        assertThat(uitkomst.dubbelOpDeLijn()).as("de batch staat twee keer vastgelegd op het topic").isPositive();
        assertThat(uitkomst.dubbel()).as("en heeft een effect per event: de inbox ving de kopie op").isZero();
    }

    /**
     * Half the stream is stored while the relay is stopped; the relay starts and crashes on that batch at
     * {@code punt}; the other half is stored while it is down; it is restarted; a last round (each person's sentinel)
     * follows when the fault is over.
     */
    private Storingsstroom.Uitkomst crashEnHerstart(Crashpunt punt, String proef) {
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
        for (int i = 0; i < RONDEN_NA_DE_CRASH; i++) {
            stroom.ronde(inschrijver::schrijfIn); // committed while no relay runs
        }
        relay.stop(); // its thread is dead already: this is the restart
        relay.crashpunten(null);
        relay.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> relay.achterstand() == 0);
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
