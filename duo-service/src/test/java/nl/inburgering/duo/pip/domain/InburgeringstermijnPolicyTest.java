package nl.inburgering.duo.pip.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class InburgeringstermijnPolicyTest {

    private static Inburgeringstermijn termijn(LocalDate begindatum, LocalDate einddatum) {
        return new Inburgeringstermijn(begindatum, einddatum);
    }

    @Test
    void de_termijn_begint_de_dag_na_de_dagtekening_en_duurt_drie_jaar_tot_en_met_de_derde_verjaardag_van_de_dagtekening() {
        assertThat(InburgeringstermijnPolicy.bepaal(LocalDate.of(2026, 10, 14)))
                .isEqualTo(termijn(LocalDate.of(2026, 10, 15), LocalDate.of(2029, 10, 14)));
    }

    @Test
    void een_dagtekening_op_31_januari_geeft_een_termijn_van_1_februari_tot_en_met_31_januari() {
        assertThat(InburgeringstermijnPolicy.bepaal(LocalDate.of(2027, 1, 31)))
                .isEqualTo(termijn(LocalDate.of(2027, 2, 1), LocalDate.of(2030, 1, 31)));
    }

    @Test
    void een_dagtekening_op_28_februari_2027_geeft_een_termijn_van_1_maart_2027_tot_en_met_28_februari_2030() {
        assertThat(InburgeringstermijnPolicy.bepaal(LocalDate.of(2027, 2, 28)))
                .isEqualTo(termijn(LocalDate.of(2027, 3, 1), LocalDate.of(2030, 2, 28)));
    }

    @Test
    void een_dagtekening_op_schrikkeldag_29_februari_2028_geeft_1_maart_2028_tot_en_met_28_februari_2031_want_2031_heeft_geen_29_februari() {
        assertThat(InburgeringstermijnPolicy.bepaal(LocalDate.of(2028, 2, 29)))
                .isEqualTo(termijn(LocalDate.of(2028, 3, 1), LocalDate.of(2031, 2, 28)));
    }

    @Test
    void een_termijn_die_op_29_februari_begint_eindigt_op_28_februari_en_verliest_geen_dag() {
        // begindatum + 3 jaar - 1 dag gaf 27 februari 2031: java.time zet 29-02-2031 op 28-02, min een dag.
        Inburgeringstermijn termijn = InburgeringstermijnPolicy.bepaal(LocalDate.of(2028, 2, 28));

        assertThat(termijn).isEqualTo(termijn(LocalDate.of(2028, 2, 29), LocalDate.of(2031, 2, 28)));
        assertThat(termijn.begindatum().plusYears(3).minusDays(1)).isEqualTo(LocalDate.of(2031, 2, 27));
    }

    @Test
    void een_dagtekening_op_31_december_laat_de_termijn_op_1_januari_van_het_volgende_jaar_beginnen() {
        assertThat(InburgeringstermijnPolicy.bepaal(LocalDate.of(2026, 12, 31)))
                .isEqualTo(termijn(LocalDate.of(2027, 1, 1), LocalDate.of(2029, 12, 31)));
    }

    @Test
    void een_latere_gewijzigde_pip_verschuift_de_termijn_niet() {
        LocalDate eerste = LocalDate.of(2026, 10, 14);
        LocalDate gewijzigd = LocalDate.of(2027, 5, 1);

        assertThat(InburgeringstermijnPolicy.bepaal(List.of(gewijzigd, eerste)))
                .contains(InburgeringstermijnPolicy.bepaal(eerste));
    }

    @Test
    void een_herroepen_eerste_pip_blijft_het_begin_van_de_termijn_bepalen() {
        // Registered PIPs stay in the history when herroepen: art. 11 looks at the first plan ever made.
        LocalDate herroepenEerste = LocalDate.of(2026, 10, 14);
        LocalDate vervangend = LocalDate.of(2026, 12, 1);

        assertThat(InburgeringstermijnPolicy.bepaal(List.of(herroepenEerste, vervangend)).orElseThrow().begindatum())
                .isEqualTo(LocalDate.of(2026, 10, 15));
    }

    @Test
    void zonder_geregistreerde_pip_is_er_geen_termijn() {
        assertThat(InburgeringstermijnPolicy.bepaal(List.of())).isEmpty();
    }

    @Test
    void de_termijn_omvat_zijn_begin_en_einddatum_maar_niet_de_dagtekening_en_de_dag_erna() {
        Inburgeringstermijn termijn = InburgeringstermijnPolicy.bepaal(LocalDate.of(2026, 10, 14));

        assertThat(termijn.omvat(LocalDate.of(2026, 10, 14))).isFalse();
        assertThat(termijn.omvat(LocalDate.of(2026, 10, 15))).isTrue();
        assertThat(termijn.omvat(LocalDate.of(2029, 10, 14))).isTrue();
        assertThat(termijn.omvat(LocalDate.of(2029, 10, 15))).isFalse();
    }
}
