package nl.inburgering.coa.bewoner.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import nl.inburgering.coa.bewoner.domain.Alfabetiseringsbehoefte;
import nl.inburgering.coa.bewoner.domain.Betrokkenheidsvariant;
import nl.inburgering.coa.bewoner.domain.Klantprofielmoment;
import nl.inburgering.contracts.common.Doelgroepindeling;
import nl.inburgering.contracts.common.GedetailleerdeDoelgroep;
import nl.inburgering.contracts.common.Ontvanger;

/** Every enum value COA sends has a contract value, and every contract value COA reads has a translation. */
class EnumVertalingTest {

    private static <E extends Enum<E>> void elkeWaardeWordtVertaald(Class<E> type, Function<E, ?> vertaling) {
        assertThat(Arrays.asList(type.getEnumConstants()))
                .allSatisfy(waarde -> assertThat(vertaling.apply(waarde)).as(waarde.name()).isNotNull());
    }

    @Test
    void elk_moment_van_delen_heeft_zijn_moment_in_het_contract() {
        elkeWaardeWordtVertaald(Klantprofielmoment.class, KlantprofielGedeeldVertaling::moment);
        assertThat(Arrays.stream(Klantprofielmoment.values()))
                .allSatisfy(m -> assertThat(KlantprofielGedeeldVertaling.moment(m).name()).isEqualTo(m.name()));
    }

    @Test
    void elke_alfabetiseringsbehoefte_heeft_haar_code_in_het_contract() {
        elkeWaardeWordtVertaald(Alfabetiseringsbehoefte.class, KlantprofielGedeeldVertaling::alfabetisering);
        assertThat(Arrays.stream(Alfabetiseringsbehoefte.values()))
                .allSatisfy(b -> assertThat(KlantprofielGedeeldVertaling.alfabetisering(b).name()).isEqualTo(b.name()));
    }

    @Test
    void elke_variant_van_betrokkenheid_heeft_haar_variant_in_het_contract() {
        elkeWaardeWordtVertaald(Betrokkenheidsvariant.class, KlantprofielGedeeldVertaling::variant);
        assertThat(Arrays.stream(Betrokkenheidsvariant.values()))
                .allSatisfy(v -> assertThat(KlantprofielGedeeldVertaling.variant(v).name()).isEqualTo(v.name()));
    }

    @Test
    void alleen_een_levering_voor_coa_is_voor_coa_en_elke_ontvanger_is_bekend() {
        elkeWaardeWordtVertaald(Ontvanger.class, InburgeringsplichtMapper::voorCoa);
        assertThat(Arrays.stream(Ontvanger.values()).filter(InburgeringsplichtMapper::voorCoa))
                .containsExactly(Ontvanger.COA);
    }

    @Test
    void elke_doelgroep_van_duo_wordt_bewaard() {
        elkeWaardeWordtVertaald(Doelgroepindeling.class, InburgeringsplichtMapper::doelgroep);
        elkeWaardeWordtVertaald(GedetailleerdeDoelgroep.class, InburgeringsplichtMapper::gedetailleerdeDoelgroep);
    }
}
