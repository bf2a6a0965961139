package nl.inburgering.gemeente.pip.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.inburgering.gemeente.pip.domain.InburgeringsaanbodPolicy.AanbodInvoer;

class InburgeringsaanbodPolicyTest {

    private static final LocalDate AANBOD = LocalDate.of(2026, 11, 25);

    @Test
    void een_gezinsmigrant_krijgt_geen_inburgeringsaanbod_want_hij_regelt_zijn_onderwijs_zelf() {
        assertThat(InburgeringsaanbodPolicy.weigering("GEZINSMIGRANT_EN_OVERIGE_MIGRANT", true)).get()
                .asString().contains("alleen voor een asielstatushouder");
    }

    @Test
    void een_asielstatushouder_krijgt_het_aanbod_pas_na_het_vastgestelde_pip() {
        assertThat(InburgeringsaanbodPolicy.weigering("ASIELSTATUSHOUDER", false)).get().asString()
                .contains("vastgesteld PIP");
        assertThat(InburgeringsaanbodPolicy.weigering("ASIELSTATUSHOUDER", true)).isEmpty();
    }

    @Test
    void een_aanbod_zonder_instelling_en_met_data_in_de_verkeerde_volgorde_noemt_elk_probleem() {
        var beoordeling = InburgeringsaanbodPolicy.beoordeel(new AanbodInvoer(AANBOD, AANBOD.minusDays(1),
                AANBOD.minusDays(2), "NVT", List.of()));

        assertThat(beoordeling.problemen()).extracting(Probleem::veld).containsExactlyInAnyOrder(
                "instellingsnummers", "verwachteStartdatumOpleiding", "verwachteEinddatumOpleiding");
    }

    @Test
    void een_aanbod_zonder_verwachte_data_is_goed() {
        var beoordeling = InburgeringsaanbodPolicy.beoordeel(new AanbodInvoer(AANBOD, null, null, "A",
                List.of("12345", "23456")));

        assertThat(beoordeling.aanbod().orElseThrow().instellingsnummers()).containsExactly("12345", "23456");
        assertThat(beoordeling.aanbod().get().alfabetisering()).isEqualTo(Alfabetisering.A);
    }
}
