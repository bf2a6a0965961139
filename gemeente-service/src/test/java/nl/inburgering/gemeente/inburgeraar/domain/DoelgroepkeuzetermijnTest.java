package nl.inburgering.gemeente.inburgeraar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DoelgroepkeuzetermijnTest {

    private static final LocalDate GEWIJZIGD = LocalDate.of(2026, 12, 1);

    @Test
    void het_signaal_staat_van_de_doelgroepwijziging_tot_en_met_de_dag_tien_weken_erna_zoals_duo_de_keuze_aanvaardt() {
        assertThat(Doelgroepkeuzetermijn.signaalSinds(GEWIJZIGD, null, GEWIJZIGD)).contains(GEWIJZIGD);
        assertThat(Doelgroepkeuzetermijn.signaalSinds(GEWIJZIGD, null, GEWIJZIGD.plusWeeks(10)))
                .contains(GEWIJZIGD);
        assertThat(Doelgroepkeuzetermijn.signaalSinds(GEWIJZIGD, null, GEWIJZIGD.plusWeeks(10).plusDays(1)))
                .isEmpty();
    }

    @Test
    void een_bevestigde_keuze_na_de_wijziging_beeindigt_het_signaal_een_van_ervoor_niet() {
        assertThat(Doelgroepkeuzetermijn.signaalSinds(GEWIJZIGD, GEWIJZIGD, GEWIJZIGD.plusDays(3))).isEmpty();
        assertThat(Doelgroepkeuzetermijn.signaalSinds(GEWIJZIGD, GEWIJZIGD.minusDays(1), GEWIJZIGD.plusDays(3)))
                .contains(GEWIJZIGD);
    }

    @Test
    void zonder_doelgroepwijziging_is_er_geen_signaal() {
        assertThat(Doelgroepkeuzetermijn.signaalSinds(null, null, GEWIJZIGD)).isEmpty();
    }
}
