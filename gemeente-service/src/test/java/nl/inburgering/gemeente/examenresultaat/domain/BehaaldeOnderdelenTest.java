package nl.inburgering.gemeente.examenresultaat.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class BehaaldeOnderdelenTest {

    private static Examenresultaat uitslag(String onderdeel, String niveau, String uitslag, int dag) {
        return new Examenresultaat(onderdeel, niveau, LocalDate.of(2026, 10, dag), uitslag,
                "GEEN".equals(uitslag) ? "NIET_VERSCHENEN" : null, LocalDate.of(2026, 11, dag), "NIEUW");
    }

    @Test
    void elk_behaald_onderdeel_telt_een_keer_in_de_volgorde_van_het_examen() {
        assertThat(BehaaldeOnderdelen.van(List.of(uitslag("SP", "B1", "GESLAAGD", 1),
                uitslag("KNM", "A2", "GEZAKT", 2), uitslag("KNM", "A2", "GESLAAGD", 9),
                uitslag("LE", "B1", "GEEN", 3), uitslag("SP", "B1", "GESLAAGD", 4))))
                .containsExactly("KNM", "SP");
    }

    @Test
    void zonder_geslaagd_examen_is_niets_behaald() {
        assertThat(BehaaldeOnderdelen.van(List.of(uitslag("LU", "B1", "GEZAKT", 1)))).isEmpty();
    }
}
