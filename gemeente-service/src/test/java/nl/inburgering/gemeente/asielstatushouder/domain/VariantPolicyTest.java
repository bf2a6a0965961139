package nl.inburgering.gemeente.asielstatushouder.domain;

import static nl.inburgering.gemeente.asielstatushouder.api.Betrokkenheidsvariant.Stap.BREDE_INTAKE;
import static nl.inburgering.gemeente.asielstatushouder.api.Betrokkenheidsvariant.Stap.INBURGERINGSAANBOD;
import static nl.inburgering.gemeente.asielstatushouder.api.Betrokkenheidsvariant.Stap.PIP_BESCHIKKEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nl.inburgering.gemeente.asielstatushouder.api.Betrokkenheidsvariant.Stap;

/** Seed §3.3: the agreed variant binds the gemeente's own process while the asielstatushouder is in the AZC. */
class VariantPolicyTest {

    @ParameterizedTest
    @EnumSource(Stap.class)
    void met_variant_1_mogen_brede_intake_pip_en_aanbod_al_in_het_azc(Stap stap) {
        assertThat(VariantPolicy.teVroeg(Variant.BREDE_INTAKE_PIP_EN_AANBOD_IN_AZC, true, stap)).isEmpty();
    }

    @Test
    void met_variant_2_mag_de_brede_intake_in_het_azc_maar_wordt_het_pip_pas_na_vestiging_beschikt() {
        assertThat(VariantPolicy.teVroeg(Variant.BREDE_INTAKE_EN_PIP_CONTOUREN_IN_AZC, true, BREDE_INTAKE)).isEmpty();
        assertThat(VariantPolicy.teVroeg(Variant.BREDE_INTAKE_EN_PIP_CONTOUREN_IN_AZC, true, PIP_BESCHIKKEN))
                .hasValueSatisfying(reden -> assertThat(reden).contains("variant 2")
                        .contains("BREDE_INTAKE_EN_PIP_CONTOUREN_IN_AZC").contains("contouren").contains("na vestiging"));
        assertThat(VariantPolicy.teVroeg(Variant.BREDE_INTAKE_EN_PIP_CONTOUREN_IN_AZC, true, INBURGERINGSAANBOD))
                .hasValueSatisfying(reden -> assertThat(reden).contains("variant 2").contains("na vestiging"));
    }

    @ParameterizedTest
    @EnumSource(Stap.class)
    void met_variant_3_begint_de_brede_intake_pas_na_vestiging_en_het_pip_en_het_aanbod_ook(Stap stap) {
        assertThat(VariantPolicy.teVroeg(Variant.BREDE_INTAKE_NA_VESTIGING, true, stap))
                .hasValueSatisfying(reden -> assertThat(reden).contains("variant 3")
                        .contains("BREDE_INTAKE_NA_VESTIGING").contains("brede intake begint pas na vestiging"));
    }

    @ParameterizedTest
    @EnumSource(Stap.class)
    void zonder_afspraak_binnen_twee_weken_is_de_gemeente_betrokken_vanaf_de_inschrijving_zoals_bij_variant_3(
            Stap stap) {
        assertThat(VariantPolicy.teVroeg(Variant.VANAF_INSCHRIJVING, true, stap))
                .hasValueSatisfying(reden -> assertThat(reden).contains("VANAF_INSCHRIJVING")
                        .contains("geen variant afgesproken").contains("brede intake begint pas na vestiging"));
    }

    @ParameterizedTest
    @EnumSource(Stap.class)
    void binnen_de_twee_weken_zonder_afspraak_bindt_nog_niets(Stap stap) {
        assertThat(VariantPolicy.teVroeg(null, true, stap)).isEmpty();
    }

    @Test
    void na_vestiging_in_de_gemeente_is_geen_stap_meer_te_vroeg_welke_variant_ook() {
        for (Variant variant : Variant.values()) {
            for (Stap stap : EnumSet.allOf(Stap.class)) {
                assertThat(VariantPolicy.teVroeg(variant, false, stap)).as("%s, %s", variant, stap).isEmpty();
            }
        }
    }
}
