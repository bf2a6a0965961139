package nl.inburgering.duo.uren.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

class UrenPolicyTest {

    @Test
    void een_stand_van_nul_tot_en_met_9999_uren_is_geldig() {
        assertThat(UrenPolicy.beoordeel(Map.of(Urensoort.TAALLES_EN_KNM_BREDE_INTAKE, 0,
                Urensoort.PARTICIPATIE_ALS_TAALLES, 9999), false)).isEmpty();
    }

    @Test
    void negatieve_uren_en_meer_dan_9999_uren_worden_allebei_gemeld() {
        assertThat(UrenPolicy.beoordeel(Map.of(Urensoort.TAALLES_EN_KNM_BREDE_INTAKE, -1,
                Urensoort.PARTICIPATIE_ALS_TAALLES, 10_000), true))
                .extracting(UrenPolicy.Overtreding::code).containsExactly("range", "range");
    }

    @Test
    void participatieactiviteiten_tellen_alleen_voor_een_asielstatushouder() {
        Map<Urensoort, Integer> stand = Map.of(Urensoort.PARTICIPATIEACTIVITEITEN_BREDE_INTAKE, 12);

        assertThat(UrenPolicy.beoordeel(stand, true)).isEmpty();
        assertThat(UrenPolicy.beoordeel(stand, false)).extracting(UrenPolicy.Overtreding::code)
                .containsExactly("doelgroep");
        assertThat(UrenPolicy.beoordeel(Map.of(Urensoort.PARTICIPATIEACTIVITEITEN_BREDE_INTAKE, 0), false)).isEmpty();
    }

    @Test
    void een_latere_of_gelijke_peildatum_vervangt_de_stand_en_een_eerdere_niet() {
        LocalDate peildatum = LocalDate.of(2026, 10, 1);

        assertThat(UrenPolicy.vervangt(peildatum.plusDays(1), peildatum)).isTrue();
        assertThat(UrenPolicy.vervangt(peildatum, peildatum)).isTrue();
        assertThat(UrenPolicy.vervangt(peildatum.minusDays(1), peildatum)).isFalse();
        assertThat(UrenPolicy.vervangt(peildatum, null)).isTrue();
    }
}
