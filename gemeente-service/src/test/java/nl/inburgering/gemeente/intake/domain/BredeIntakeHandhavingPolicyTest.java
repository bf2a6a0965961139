package nl.inburgering.gemeente.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class BredeIntakeHandhavingPolicyTest {

    private static final BredeIntakeHandhavingPolicy.Regels REGELS = new BredeIntakeHandhavingPolicy.Regels(
            new BigDecimal("250.00"), new BigDecimal("800.00"));

    @Test
    void een_of_twee_keer_niet_verschijnen_heeft_nog_geen_gevolg() {
        assertThat(BredeIntakeHandhavingPolicy.naNietVerschijnen(1, false, REGELS)).isEmpty();
        assertThat(BredeIntakeHandhavingPolicy.naNietVerschijnen(2, false, REGELS)).isEmpty();
        assertThat(BredeIntakeHandhavingPolicy.pipEenzijdigToegestaan(2)).isFalse();
    }

    @Test
    void de_derde_keer_niet_verschijnen_geeft_een_waarschuwing_zonder_bedrag() {
        var besluit = BredeIntakeHandhavingPolicy.naNietVerschijnen(3, false, REGELS).orElseThrow();

        assertThat(besluit.maatregel()).isEqualTo(Maatregel.WAARSCHUWING);
        assertThat(besluit.bedrag()).isNull();
        assertThat(besluit.reden()).contains("3 keer niet verschenen");
    }

    @Test
    void vanaf_de_derde_keer_mag_de_gemeente_het_pip_eenzijdig_vaststellen() {
        assertThat(BredeIntakeHandhavingPolicy.pipEenzijdigToegestaan(3)).isTrue();
        assertThat(BredeIntakeHandhavingPolicy.pipEenzijdigToegestaan(5)).isTrue();
    }

    @Test
    void niet_verschijnen_na_de_waarschuwing_geeft_een_boete_met_het_bedrag_van_de_gemeente() {
        var besluit = BredeIntakeHandhavingPolicy.naNietVerschijnen(4, true, REGELS).orElseThrow();

        assertThat(besluit.maatregel()).isEqualTo(Maatregel.BOETE);
        assertThat(besluit.bedrag()).isEqualByComparingTo("250.00");
        assertThat(besluit.reden()).contains("na de waarschuwing");
    }

    @Test
    void elke_volgende_keer_na_de_waarschuwing_geeft_weer_een_boete() {
        assertThat(BredeIntakeHandhavingPolicy.naNietVerschijnen(5, true, REGELS).orElseThrow().maatregel())
                .isEqualTo(Maatregel.BOETE);
    }

    @Test
    void een_boete_boven_het_wettelijk_maximum_is_geen_geldige_instelling() {
        assertThatThrownBy(() -> new BredeIntakeHandhavingPolicy.Regels(new BigDecimal("800.01"),
                new BigDecimal("800.00"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maximum");
        assertThatThrownBy(() -> new BredeIntakeHandhavingPolicy.Regels(BigDecimal.ZERO, new BigDecimal("800.00")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
