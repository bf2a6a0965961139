package nl.inburgering.coa.bewoner.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AfspraakPolicyTest {

    private static final LocalDate GEKOPPELD = LocalDate.of(2026, 3, 2);
    private final AfspraakPolicy policy = new AfspraakPolicy(Period.ofDays(14));

    @Test
    void de_afspraaktermijn_loopt_tot_en_met_14_dagen_na_de_koppeling() {
        assertThat(policy.uiterlijk(GEKOPPELD)).isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void op_de_laatste_dag_van_de_termijn_kan_de_gemeente_nog_een_variant_afspreken() {
        assertThat(policy.afspraak(policy.uiterlijk(GEKOPPELD), LocalDate.of(2026, 3, 16), false, Optional.empty())
                .isToegestaan()).isTrue();
    }

    @Test
    void binnen_de_termijn_mag_de_gemeente_haar_afspraak_nog_corrigeren() {
        assertThat(policy.afspraak(policy.uiterlijk(GEKOPPELD), LocalDate.of(2026, 3, 5), false,
                Optional.of(Afspraakwijze.MET_GEMEENTE)).isToegestaan()).isTrue();
    }

    @Test
    void een_dag_na_de_termijn_is_een_afspraak_te_laat_en_geldt_de_standaard() {
        Beslissing beslissing = policy.afspraak(policy.uiterlijk(GEKOPPELD), LocalDate.of(2026, 3, 17), false,
                Optional.empty());

        assertThat(beslissing.isToegestaan()).isFalse();
        assertThat(beslissing.weigering()).get().asString().contains("vanaf de datum van inschrijving");
    }

    @Test
    void na_uitstroom_valt_er_niets_meer_af_te_spreken() {
        assertThat(policy.afspraak(policy.uiterlijk(GEKOPPELD), GEKOPPELD, true, Optional.empty()).isToegestaan())
                .isFalse();
    }

    @Test
    void de_standaard_vanaf_inschrijving_geldt_pas_na_de_termijn_en_alleen_zonder_afspraak() {
        LocalDate uiterlijk = policy.uiterlijk(GEKOPPELD);

        assertThat(policy.standaardVanToepassing(uiterlijk, uiterlijk, Optional.empty())).isFalse();
        assertThat(policy.standaardVanToepassing(uiterlijk, uiterlijk.plusDays(1), Optional.empty())).isTrue();
        assertThat(policy.standaardVanToepassing(uiterlijk, uiterlijk.plusDays(1),
                Optional.of(Betrokkenheidsvariant.BREDE_INTAKE_NA_VESTIGING))).isFalse();
        assertThat(AfspraakPolicy.STANDAARD).isEqualTo(Betrokkenheidsvariant.VANAF_INSCHRIJVING);
    }

    @Test
    void in_variant_1_biedt_coa_geen_voorinburgering_want_de_gemeente_geeft_al_lessen() {
        Beslissing beslissing = AfspraakPolicy.voorinburgering(
                Optional.of(Betrokkenheidsvariant.BREDE_INTAKE_PIP_EN_AANBOD_IN_AZC), false, true);

        assertThat(beslissing.isToegestaan()).isFalse();
        assertThat(beslissing.weigering()).get().asString().contains("variant 1");
    }

    @ParameterizedTest
    @EnumSource(value = Betrokkenheidsvariant.class, names = "BREDE_INTAKE_PIP_EN_AANBOD_IN_AZC",
            mode = EnumSource.Mode.EXCLUDE)
    void in_de_andere_varianten_biedt_coa_voorinburgering(Betrokkenheidsvariant variant) {
        assertThat(AfspraakPolicy.voorinburgering(Optional.of(variant), false, true).isToegestaan()).isTrue();
    }

    @Test
    void zolang_er_geen_afspraak_is_mag_coa_voorinburgering_aanbieden() {
        assertThat(AfspraakPolicy.voorinburgering(Optional.empty(), false, true).isToegestaan()).isTrue();
    }

    @Test
    void voorinburgering_is_er_alleen_voor_een_inburgeringsplichtige_in_het_azc() {
        assertThat(AfspraakPolicy.voorinburgering(Optional.empty(), false, false).isToegestaan()).isFalse();
        assertThat(AfspraakPolicy.voorinburgering(Optional.empty(), true, true).isToegestaan()).isFalse();
    }

    @Test
    void een_termijn_van_nul_dagen_is_een_configuratiefout() {
        assertThatThrownBy(() -> new AfspraakPolicy(Period.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
