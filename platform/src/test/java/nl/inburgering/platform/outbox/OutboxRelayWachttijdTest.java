package nl.inburgering.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * When the relay looks again without a cue (issue 17: every look is a transaction, so the safety net is long, and
 * a commit that stores events wakes the relay at once).
 */
class OutboxRelayWachttijdTest {

    private static final Duration INTERVAL = Duration.ofSeconds(2);

    @Test
    void na_een_ronde_zonder_werk_wacht_de_relay_zijn_interval() {
        assertThat(OutboxRelay.wachtNa(0, false, INTERVAL, INTERVAL)).isEqualTo(INTERVAL);
        assertThat(OutboxRelay.wachtNa(3, false, Duration.ofSeconds(4), INTERVAL)).isEqualTo(INTERVAL);
    }

    @Test
    void wie_de_relay_van_een_andere_instantie_aan_het_werk_vond_kijkt_na_200_ms_opnieuw() {
        assertThat(OutboxRelay.wachtNa(0, true, INTERVAL, INTERVAL)).isEqualTo(Duration.ofMillis(200));
        assertThat(OutboxRelay.wachtNa(0, true, Duration.ofMillis(50), Duration.ofMillis(50)))
                .isEqualTo(Duration.ofMillis(50)); // never longer than a short interval
    }

    @Test
    void na_een_mislukte_verzending_verdubbelt_de_wachttijd_tot_hoogstens_vijf_seconden() {
        assertThat(OutboxRelay.wachtNa(-1, false, INTERVAL, INTERVAL)).isEqualTo(Duration.ofSeconds(4));
        assertThat(OutboxRelay.wachtNa(-1, false, Duration.ofSeconds(4), INTERVAL)).isEqualTo(Duration.ofSeconds(5));
    }
}
