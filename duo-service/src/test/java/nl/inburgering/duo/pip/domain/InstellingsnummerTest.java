package nl.inburgering.duo.pip.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InstellingsnummerTest {

    @Test
    void het_instellingsnummer_van_de_m2m_api_en_dat_van_de_keten_zijn_dezelfde_instelling() {
        assertThat(Instellingsnummer.normaliseer("0000012345")).isEqualTo(Instellingsnummer.normaliseer("12345"));
    }

    @Test
    void de_m2m_api_toont_het_instellingsnummer_met_tien_tekens() {
        assertThat(Instellingsnummer.alsM2m("12345")).isEqualTo("0000012345");
    }
}
