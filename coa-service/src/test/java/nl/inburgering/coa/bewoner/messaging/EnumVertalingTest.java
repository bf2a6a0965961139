package nl.inburgering.coa.bewoner.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import nl.inburgering.coa.bewoner.domain.Alfabetiseringsbehoefte;
import nl.inburgering.coa.bewoner.domain.Betrokkenheidsvariant;
import nl.inburgering.coa.bewoner.domain.Klantprofielmoment;
import nl.inburgering.contracts.common.Doelgroepindeling;
import nl.inburgering.contracts.common.GedetailleerdeDoelgroep;
import nl.inburgering.contracts.common.Ontvanger;
import nl.inburgering.contracts.testdata.EnumVertalingen;

/** Every enum value COA sends has a contract value, and every contract value COA reads has a translation. */
class EnumVertalingTest {

    @Test
    void elk_moment_van_delen_heeft_zijn_moment_in_het_contract() {
        EnumVertalingen.wordtElkeWaardeVertaald(Klantprofielmoment.class, KlantprofielGedeeldVertaling::moment);
        assertThat(Arrays.stream(Klantprofielmoment.values()))
                .allSatisfy(m -> assertThat(KlantprofielGedeeldVertaling.moment(m).name()).isEqualTo(m.name()));
    }

    @Test
    void elke_alfabetiseringsbehoefte_heeft_haar_code_in_het_contract() {
        EnumVertalingen.wordtElkeWaardeVertaald(Alfabetiseringsbehoefte.class,
                KlantprofielGedeeldVertaling::alfabetisering);
        assertThat(Arrays.stream(Alfabetiseringsbehoefte.values()))
                .allSatisfy(b -> assertThat(KlantprofielGedeeldVertaling.alfabetisering(b).name()).isEqualTo(b.name()));
    }

    @Test
    void elke_variant_van_betrokkenheid_heeft_haar_variant_in_het_contract() {
        EnumVertalingen.wordtElkeWaardeVertaald(Betrokkenheidsvariant.class, KlantprofielGedeeldVertaling::variant);
        assertThat(Arrays.stream(Betrokkenheidsvariant.values()))
                .allSatisfy(v -> assertThat(KlantprofielGedeeldVertaling.variant(v).name()).isEqualTo(v.name()));
    }

    @Test
    void alleen_een_levering_voor_coa_is_voor_coa_en_elke_ontvanger_is_bekend() {
        EnumVertalingen.dektElkeWaarde(Ontvanger.class, InburgeringsplichtMapper::voorCoa);
        assertThat(Arrays.stream(Ontvanger.values()).filter(InburgeringsplichtMapper::voorCoa))
                .containsExactly(Ontvanger.COA);
    }

    @Test
    void elke_doelgroep_van_duo_wordt_bewaard() {
        EnumVertalingen.dektElkeWaarde(Doelgroepindeling.class, InburgeringsplichtMapper::doelgroep);
        EnumVertalingen.dektElkeWaarde(GedetailleerdeDoelgroep.class, InburgeringsplichtMapper::gedetailleerdeDoelgroep);
    }
}
