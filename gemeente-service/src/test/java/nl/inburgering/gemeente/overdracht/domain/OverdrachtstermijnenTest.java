package nl.inburgering.gemeente.overdracht.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.inburgering.gemeente.overdracht.domain.Overdrachtstermijnen.Vertreksignaal;
import nl.inburgering.platform.time.WerkdagenKalender;

class OverdrachtstermijnenTest {

    private static final WerkdagenKalender KALENDER = WerkdagenKalender.standaard();

    @Test
    void de_oude_gemeente_actualiseert_tot_tien_werkdagen_na_de_verhuizing_en_feestdagen_tellen_niet_mee() {
        assertThat(Overdrachtstermijnen.actualiserenUiterlijk(LocalDate.of(2026, 12, 1), KALENDER))
                .isEqualTo(LocalDate.of(2026, 12, 15));
        // Christmas Day (a Friday) and New Year's Day (a Friday) fall within: two werkdagen later than 5 January
        assertThat(Overdrachtstermijnen.actualiserenUiterlijk(LocalDate.of(2026, 12, 22), KALENDER))
                .isEqualTo(LocalDate.of(2027, 1, 7));
    }

    @Test
    void de_overdracht_is_uiterlijk_een_maand_na_het_verzoek_geleverd() {
        assertThat(Overdrachtstermijnen.leverenUiterlijk(LocalDate.of(2026, 12, 7))).isEqualTo(LocalDate.of(2027, 1, 7));
        assertThat(Overdrachtstermijnen.leverenUiterlijk(LocalDate.of(2027, 1, 31))).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void zonder_verzoek_vraagt_het_vertrek_tot_en_met_de_tiende_werkdag_om_actualiseren_en_daarna_niets() {
        LocalDate uiterlijk = LocalDate.of(2026, 12, 15);
        assertThat(Overdrachtstermijnen.signalen(uiterlijk, null, false, uiterlijk))
                .containsExactly(Vertreksignaal.GEGEVENS_ACTUALISEREN);
        assertThat(Overdrachtstermijnen.signalen(uiterlijk, null, false, uiterlijk.plusDays(1))).isEmpty();
    }

    @Test
    void een_verzoek_op_de_dag_van_de_verhuizing_verbergt_het_actualiseren_niet_beide_signalen_staan_naast_elkaar() {
        LocalDate uiterlijk = LocalDate.of(2026, 12, 15);
        LocalDate leveren = LocalDate.of(2027, 1, 1);
        assertThat(Overdrachtstermijnen.signalen(uiterlijk, leveren, false, LocalDate.of(2026, 12, 1)))
                .containsExactly(Vertreksignaal.GEGEVENS_ACTUALISEREN, Vertreksignaal.OVERDRACHT_LEVEREN);
        assertThat(Overdrachtstermijnen.signalen(uiterlijk, leveren, false, uiterlijk))
                .containsExactly(Vertreksignaal.GEGEVENS_ACTUALISEREN, Vertreksignaal.OVERDRACHT_LEVEREN);
        assertThat(Overdrachtstermijnen.signalen(uiterlijk, leveren, false, uiterlijk.plusDays(1)))
                .containsExactly(Vertreksignaal.OVERDRACHT_LEVEREN);
    }

    @Test
    void na_de_levering_blijft_het_actualiseren_tot_en_met_de_tiende_werkdag_want_dat_is_de_oude_gemeente_duo_verschuldigd() {
        LocalDate uiterlijk = LocalDate.of(2026, 12, 15);
        LocalDate leveren = LocalDate.of(2027, 1, 1);
        assertThat(Overdrachtstermijnen.signalen(uiterlijk, leveren, true, uiterlijk))
                .containsExactly(Vertreksignaal.GEGEVENS_ACTUALISEREN);
        assertThat(Overdrachtstermijnen.signalen(uiterlijk, leveren, true, uiterlijk.plusDays(1))).isEmpty();
    }

    @Test
    void een_gevraagde_overdracht_blijft_te_leveren_tot_hij_geleverd_is_ook_na_de_termijn() {
        LocalDate uiterlijk = LocalDate.of(2026, 12, 15);
        LocalDate leveren = LocalDate.of(2027, 1, 7);
        assertThat(Overdrachtstermijnen.signalen(uiterlijk, leveren, false, leveren.plusDays(30)))
                .containsExactly(Vertreksignaal.OVERDRACHT_LEVEREN);
    }

    @Test
    void het_ene_signaal_van_voorheen_is_de_overdracht_zolang_die_verschuldigd_is_anders_het_actualiseren() {
        assertThat(Overdrachtstermijnen.signaal(java.util.List.of(Vertreksignaal.GEGEVENS_ACTUALISEREN,
                Vertreksignaal.OVERDRACHT_LEVEREN))).isEqualTo(Vertreksignaal.OVERDRACHT_LEVEREN);
        assertThat(Overdrachtstermijnen.signaal(java.util.List.of(Vertreksignaal.GEGEVENS_ACTUALISEREN)))
                .isEqualTo(Vertreksignaal.GEGEVENS_ACTUALISEREN);
        assertThat(Overdrachtstermijnen.signaal(java.util.List.of())).isNull();
    }

    @Test
    void de_oude_gemeente_mag_actualiseren_tot_de_overdracht_geleverd_is_en_de_tien_werkdagen_voorbij_zijn() {
        LocalDate uiterlijk = LocalDate.of(2026, 12, 15);
        assertThat(Overdrachtstermijnen.magNogActualiseren(uiterlijk, false, uiterlijk.plusDays(40))).isTrue();
        assertThat(Overdrachtstermijnen.magNogActualiseren(uiterlijk, true, uiterlijk)).isTrue();
        assertThat(Overdrachtstermijnen.magNogActualiseren(uiterlijk, true, uiterlijk.plusDays(1))).isFalse();
    }
}
