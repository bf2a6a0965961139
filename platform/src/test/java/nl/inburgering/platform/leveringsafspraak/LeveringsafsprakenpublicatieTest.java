package nl.inburgering.platform.leveringsafspraak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.inburgering.contracts.Ketenpartner;
import nl.inburgering.contracts.TopicCatalogue;

/** The periodic publication of the counted delivery agreements (decision 0042, addendum), without Kafka. */
class LeveringsafsprakenpublicatieTest {

    private static final Clock KLOK = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));

    /** A service that counted nothing: no inbox, no dead letters, no outbox rows past their deadline. */
    private static final Leveringsafspraken NIETS_GETELD = new Leveringsafspraken(null, KLOK, Ketenpartner.COA) {
        @Override
        public List<Telling> tellingen(Instant vanaf, Instant tot) {
            return List.of();
        }
    };

    @Test
    void een_dienst_die_niets_telde_publiceert_niets() {
        var publicatie = new Leveringsafsprakenpublicatie(NIETS_GETELD, null, null, KLOK, Ketenpartner.COA,
                TopicCatalogue.leveringsafsprakenVan(Ketenpartner.COA).orElseThrow(), Duration.ofMinutes(5), 7);

        assertThat(publicatie.publiceer()).isEmpty();
    }

    @Test
    void een_interval_van_niets_is_een_fout_in_de_configuratie() {
        assertThatThrownBy(() -> new Leveringsafsprakenpublicatie(NIETS_GETELD, null, null, KLOK, Ketenpartner.COA,
                TopicCatalogue.leveringsafsprakenVan(Ketenpartner.COA).orElseThrow(), Duration.ZERO, 7))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("keten.leveringsafspraken.interval");
    }
}
