package nl.inburgering.duo.plichteinde.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.inburgering.duo.plichteinde.domain.Plichteinderegels.Gepland;
import nl.inburgering.duo.plichteinde.domain.Plichteinderegels.Soort;

class PlichteinderegelsTest {

    private static final LocalDate AOW_DATUM = LocalDate.of(2028, 5, 15);

    @Test
    void wie_ruim_voor_de_aow_leeftijd_plichtig_wordt_krijgt_het_signaal_zes_maanden_ervoor_en_het_einde_op_de_dag_zelf() {
        assertThat(Plichteinderegels.aowDeadlines(AOW_DATUM, LocalDate.of(2026, 12, 6))).containsExactly(
                new Gepland(Soort.ZES_MAANDEN_VOOR_AOW_LEEFTIJD, LocalDate.of(2027, 11, 15)),
                new Gepland(Soort.AOW_LEEFTIJD, AOW_DATUM));
    }

    @Test
    void wie_binnen_zes_maanden_voor_de_aow_leeftijd_plichtig_wordt_krijgt_geen_tweede_signaal() {
        assertThat(Plichteinderegels.aowDeadlines(AOW_DATUM, LocalDate.of(2027, 11, 15)))
                .containsExactly(new Gepland(Soort.AOW_LEEFTIJD, AOW_DATUM));
        assertThat(Plichteinderegels.aowDeadlines(AOW_DATUM, LocalDate.of(2028, 1, 2)))
                .containsExactly(new Gepland(Soort.AOW_LEEFTIJD, AOW_DATUM));
    }

    @Test
    void de_plicht_eindigt_de_dag_voor_de_aow_leeftijd_want_wie_hem_bereikt_is_niet_meer_plichtig() {
        assertThat(Plichteinderegels.einddatumBijAowLeeftijd(AOW_DATUM)).isEqualTo(LocalDate.of(2028, 5, 14));
    }

    @Test
    void na_een_vertrek_eindigt_de_plicht_pas_na_meer_dan_een_jaar_met_de_dag_van_vertrek_als_laatste_dag() {
        LocalDate vertrek = LocalDate.of(2026, 11, 2);

        assertThat(Plichteinderegels.langerDanEenJaarWeg(vertrek)).isEqualTo(LocalDate.of(2027, 11, 3));
        assertThat(Plichteinderegels.einddatumBijVertrek(vertrek)).isEqualTo(vertrek);
    }

    @Test
    void een_inschrijving_binnen_het_jaar_na_vertrek_is_een_terugkeer_en_een_latere_niet() {
        LocalDate vertrek = LocalDate.of(2026, 11, 2);

        assertThat(Plichteinderegels.isTerugkeerBinnenHetJaar(vertrek, LocalDate.of(2026, 11, 2))).isTrue();
        assertThat(Plichteinderegels.isTerugkeerBinnenHetJaar(vertrek, LocalDate.of(2027, 11, 2))).isTrue();
        assertThat(Plichteinderegels.isTerugkeerBinnenHetJaar(vertrek, LocalDate.of(2027, 11, 3))).isFalse();
        assertThat(Plichteinderegels.isTerugkeerBinnenHetJaar(vertrek, LocalDate.of(2026, 11, 1))).isFalse();
    }
}
