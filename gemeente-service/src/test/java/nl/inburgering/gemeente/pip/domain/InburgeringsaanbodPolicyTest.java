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

    @Test
    void honderdduizend_keer_dezelfde_instelling_wordt_geweigerd_met_een_probleem_in_plaats_van_honderdduizend() {
        var beoordeling = InburgeringsaanbodPolicy.beoordeel(new AanbodInvoer(AANBOD, null, null, "A",
                java.util.Collections.nCopies(100_000, "12345")));

        assertThat(beoordeling.problemen()).extracting(Probleem::veld, Probleem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("instellingsnummers", "size"));
    }

    @Test
    void een_instelling_twee_keer_of_een_instellingsnummer_dat_er_geen_is_wordt_geweigerd() {
        assertThat(InburgeringsaanbodPolicy.beoordeel(new AanbodInvoer(AANBOD, null, null, "A",
                List.of("12345", "12345"))).problemen()).extracting(Probleem::code).containsExactly("unique");
        assertThat(InburgeringsaanbodPolicy.beoordeel(new AanbodInvoer(AANBOD, null, null, "A",
                List.of("12345", "x'; drop"))).problemen()).extracting(Probleem::veld, Probleem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("instellingsnummers[1]", "pattern"));
    }

    @Test
    void een_aanbod_van_voor_2022_en_een_opleiding_tot_in_9999_vallen_buiten_het_bereik() {
        var beoordeling = InburgeringsaanbodPolicy.beoordeel(new AanbodInvoer(LocalDate.of(2021, 6, 1), null,
                LocalDate.of(9999, 12, 31), "A", List.of("12345")));

        assertThat(beoordeling.problemen()).extracting(Probleem::veld, Probleem::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("datumInburgeringsaanbod", "range"),
                org.assertj.core.groups.Tuple.tuple("verwachteEinddatumOpleiding", "range"));
    }

    @Test
    void wat_de_gemeente_als_aanbod_aanneemt_neemt_duo_ook_aan_hoogstens_tien_instellingen_van_cijfers() {
        List<String> tien = java.util.stream.IntStream.rangeClosed(1, 10).mapToObj(n -> "1234" + n).toList();
        assertThat(InburgeringsaanbodPolicy.beoordeel(new AanbodInvoer(AANBOD, null, null, "A", tien)).problemen())
                .isEmpty();
        List<String> elf = java.util.stream.IntStream.rangeClosed(1, 11).mapToObj(n -> "1234" + n).toList();
        assertThat(InburgeringsaanbodPolicy.beoordeel(new AanbodInvoer(AANBOD, null, null, "A", elf)).problemen())
                .extracting(Probleem::veld, Probleem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("instellingsnummers", "size"));
        // DUO's consumer of #16 takes digits only, so letters would become a dead letter there
        assertThat(InburgeringsaanbodPolicy.beoordeel(new AanbodInvoer(AANBOD, null, null, "A",
                List.of("AB12345"))).problemen()).extracting(Probleem::veld, Probleem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("instellingsnummers[0]", "pattern"));
    }
}
