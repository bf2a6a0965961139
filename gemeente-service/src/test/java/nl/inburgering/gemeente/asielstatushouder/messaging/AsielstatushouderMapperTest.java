package nl.inburgering.gemeente.asielstatushouder.messaging;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import nl.inburgering.contracts.common.Alfabetiseringsonderwijs;
import nl.inburgering.contracts.common.Betrokkenheidsvariant;
import nl.inburgering.contracts.common.Klantprofielmoment;
import nl.inburgering.contracts.testdata.EnumVertalingen;

class AsielstatushouderMapperTest {

    @Test
    void elke_afgesproken_variant_van_coa_is_een_variant_van_de_betrokkenheid_behalve_onbekend() {
        EnumVertalingen.dektElkeWaardeBehalve(Betrokkenheidsvariant.class, EnumSet.of(Betrokkenheidsvariant.ONBEKEND),
                AsielstatushouderMapper::variant);
    }

    @Test
    void elk_moment_en_elke_alfabetiseringsbehoefte_van_een_klantprofiel_wordt_getoond() {
        EnumVertalingen.dektElkeWaarde(Klantprofielmoment.class, AsielstatushouderMapper::moment);
        EnumVertalingen.dektElkeWaarde(Alfabetiseringsonderwijs.class, AsielstatushouderMapper::alfabetiseringsbehoefte);
    }
}
