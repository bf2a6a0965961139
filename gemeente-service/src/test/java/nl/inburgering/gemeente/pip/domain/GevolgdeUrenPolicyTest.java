package nl.inburgering.gemeente.pip.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.inburgering.gemeente.pip.domain.GevolgdeUrenPolicy.UrenInvoer;

class GevolgdeUrenPolicyTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 11, 28);

    @Test
    void de_stand_van_vandaag_met_nul_uren_participatie_is_goed() {
        var beoordeling = GevolgdeUrenPolicy.beoordeel(new UrenInvoer(VANDAAG, 40, 16, 0, 0, "TUSSENTIJDS"), VANDAAG);

        assertThat(beoordeling.uren().orElseThrow().actualisatiemoment()).isEqualTo(Actualisatiemoment.TUSSENTIJDS);
    }

    @Test
    void negatieve_uren_een_peildatum_in_de_toekomst_en_een_onbekend_moment_worden_samen_genoemd() {
        var beoordeling = GevolgdeUrenPolicy.beoordeel(new UrenInvoer(VANDAAG.plusDays(1), -1, null, 0, -3, "ooit"),
                VANDAAG);

        assertThat(beoordeling.problemen()).extracting(Probleem::veld).containsExactlyInAnyOrder("peildatum",
                "urenTaallesEnKnmBredeIntake", "urenParticipatieactiviteitenBredeIntake", "urenParticipatieZroute",
                "actualisatiemoment");
    }

    @Test
    void een_stand_met_een_oudere_peildatum_dan_de_laatst_geleverde_zou_duo_terugzetten() {
        LocalDate laatste = LocalDate.of(2026, 11, 15);

        assertThat(GevolgdeUrenPolicy.isOuderDanLaatsteStand(laatste.minusDays(1), Optional.of(laatste))).isTrue();
        assertThat(GevolgdeUrenPolicy.isOuderDanLaatsteStand(laatste, Optional.of(laatste))).as("een correctie")
                .isFalse();
        assertThat(GevolgdeUrenPolicy.isOuderDanLaatsteStand(laatste, Optional.empty())).isFalse();
    }

    @Test
    void een_peildatum_voor_de_wet_inburgering_2021_valt_buiten_het_bereik() {
        var beoordeling = GevolgdeUrenPolicy.beoordeel(new UrenInvoer(LocalDate.of(2021, 12, 31), 40, 16, 0, 0,
                "TUSSENTIJDS"), VANDAAG);

        assertThat(beoordeling.problemen()).extracting(Probleem::veld, Probleem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("peildatum", "range"));
    }
}
