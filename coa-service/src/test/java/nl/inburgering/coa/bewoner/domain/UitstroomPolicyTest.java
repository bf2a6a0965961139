package nl.inburgering.coa.bewoner.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class UitstroomPolicyTest {

    @Test
    void ingezetene_worden_van_de_gekoppelde_gemeente_is_uitstroom() {
        assertThat(UitstroomPolicy.isUitstroom(Optional.of("0599"), false, "0599")).isTrue();
    }

    @Test
    void ingezetene_worden_van_een_andere_gemeente_is_geen_uitstroom() {
        assertThat(UitstroomPolicy.isUitstroom(Optional.of("0599"), false, "0344")).isFalse();
    }

    @Test
    void zonder_koppeling_is_er_geen_uitstroom() {
        assertThat(UitstroomPolicy.isUitstroom(Optional.empty(), false, "0599")).isFalse();
    }

    @Test
    void wie_al_uitstroomde_stroomt_niet_nog_eens_uit() {
        assertThat(UitstroomPolicy.isUitstroom(Optional.of("0599"), true, "0599")).isFalse();
    }
}
