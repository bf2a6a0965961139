package nl.inburgering.gemeente.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class BredeIntakeHandhavingPolicyTest {

    private static final BredeIntakeHandhavingPolicy.Regels REGELS = new BredeIntakeHandhavingPolicy.Regels(
            new BigDecimal("250.00"), new BigDecimal("800.00"));

    @Test
    void wie_de_eerste_of_tweede_keer_niet_verschijnt_krijgt_een_waarschuwing_zonder_bedrag() {
        for (int keer = 1; keer <= 2; keer++) {
            var besluit = BredeIntakeHandhavingPolicy.naNietVerschijnen(keer).orElseThrow();
            assertThat(besluit.maatregel()).isEqualTo(Maatregel.WAARSCHUWING);
            assertThat(besluit.bedrag()).isNull();
            assertThat(besluit.reden()).startsWith(keer + "e keer niet verschenen");
        }
        assertThat(BredeIntakeHandhavingPolicy.pipEenzijdigToegestaan(2)).isFalse();
    }

    @Test
    void vanaf_de_derde_keer_volgt_niets_vanzelf_maar_mag_de_gemeente_een_boete_opleggen() {
        assertThat(BredeIntakeHandhavingPolicy.naNietVerschijnen(3)).isEmpty();
        assertThat(BredeIntakeHandhavingPolicy.boeteToegestaan(2, 0)).isFalse();
        assertThat(BredeIntakeHandhavingPolicy.boeteToegestaan(3, 0)).isTrue();
    }

    @Test
    void vanaf_de_derde_keer_mag_de_gemeente_het_pip_eenzijdig_vaststellen() {
        assertThat(BredeIntakeHandhavingPolicy.pipEenzijdigToegestaan(3)).isTrue();
        assertThat(BredeIntakeHandhavingPolicy.pipEenzijdigToegestaan(5)).isTrue();
    }

    @Test
    void een_boete_zonder_bedrag_krijgt_het_gebruikelijke_bedrag_van_de_gemeente() {
        var beslissing = BredeIntakeHandhavingPolicy.boete(3, 0, null, REGELS);

        assertThat(beslissing.besluit().maatregel()).isEqualTo(Maatregel.BOETE);
        assertThat(beslissing.besluit().bedrag()).isEqualByComparingTo("250.00");
        assertThat(beslissing.besluit().reden()).contains("3 keer niet verschenen");
    }

    @Test
    void per_keer_niet_verschijnen_vanaf_de_derde_volgt_hoogstens_een_boete() {
        assertThat(BredeIntakeHandhavingPolicy.boete(3, 1, null, REGELS).nietToegestaan()).isTrue();
        assertThat(BredeIntakeHandhavingPolicy.boete(4, 1, new BigDecimal("100"), REGELS).besluit().bedrag())
                .isEqualByComparingTo("100");
        assertThat(BredeIntakeHandhavingPolicy.boete(2, 0, null, REGELS).nietToegestaan()).isTrue();
    }

    @Test
    void een_bedrag_boven_het_maximum_of_niet_positief_is_ongeldige_invoer() {
        assertThat(BredeIntakeHandhavingPolicy.boete(3, 0, new BigDecimal("800.01"), REGELS).ongeldig())
                .extracting(Regelovertreding::code).containsExactly("maximum");
        assertThat(BredeIntakeHandhavingPolicy.boete(3, 0, BigDecimal.ZERO, REGELS).ongeldig())
                .extracting(Regelovertreding::code).containsExactly("bedrag");
        assertThat(BredeIntakeHandhavingPolicy.boete(3, 0, new BigDecimal("10.001"), REGELS).ongeldig())
                .extracting(Regelovertreding::code).containsExactly("bedrag");
    }

    @Test
    void een_boete_boven_het_wettelijk_maximum_is_geen_geldige_instelling() {
        assertThatThrownBy(() -> new BredeIntakeHandhavingPolicy.Regels(new BigDecimal("800.01"),
                new BigDecimal("800.00"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maximum");
        assertThatThrownBy(() -> new BredeIntakeHandhavingPolicy.Regels(BigDecimal.ZERO, new BigDecimal("800.00")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
