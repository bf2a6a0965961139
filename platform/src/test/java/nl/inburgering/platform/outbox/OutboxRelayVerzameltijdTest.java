package nl.inburgering.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Decision 0055: the relay gathers the commits of a moment only when a commit ends its idle wait; a cue that came while
 * it was at work is served at once, and the safety-net interval gathers nothing. Only the relay's waiting is used
 * here: no database or broker is touched.
 */
class OutboxRelayVerzameltijdTest {

    private static final Duration LANG = Duration.ofMinutes(1);

    private final OutboxRelay relay = new OutboxRelay(null, null, null, LANG, 200, null, null, null, LANG,
            OutboxRelay.STANDAARD_MAX_POGINGEN, Duration.ofMillis(10));

    @Test
    void een_commit_die_de_rustende_relay_wekt_laat_haar_verzamelen() throws Exception {
        CompletableFuture<Boolean> uitRust = new CompletableFuture<>();
        Thread wachter = new Thread(() -> uitRust.complete(relay.wachtOpWerk(LANG)), "outbox-relay-test");
        wachter.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> wachter.getState() == Thread.State.TIMED_WAITING);

        relay.wekken();

        assertThat(uitRust.get(10, TimeUnit.SECONDS)).as("uit rust gewekt").isTrue();
    }

    @Test
    void een_commit_tijdens_een_ronde_wordt_meteen_bediend_zonder_te_verzamelen() {
        relay.wekken(); // came while the relay published the previous batch

        assertThat(relay.wachtOpWerk(LANG)).as("uit rust gewekt").isFalse();
    }

    @Test
    void het_interval_zonder_commit_verzamelt_niets() {
        assertThat(relay.wachtOpWerk(Duration.ofMillis(1))).as("uit rust gewekt").isFalse();
    }
}
