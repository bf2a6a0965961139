package nl.inburgering.ind.voldaan.messaging;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import nl.inburgering.contracts.common.Leerroute;
import nl.inburgering.contracts.common.Waardepapier;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.contracts.testdata.EnumVertalingen;
import nl.inburgering.platform.events.InvalidEventException;

class BeschikkingVoldaanMapperTest {

    @Test
    void elke_leerroute_en_elk_waardepapier_van_10_behalve_onbekend_en_geen_is_er_een_van_ind() {
        EnumVertalingen.dektElkeWaardeBehalve(Leerroute.class, EnumSet.of(Leerroute.ONBEKEND),
                BeschikkingVoldaanMapper::leerroute);
        EnumVertalingen.dektElkeWaardeBehalve(Waardepapier.class, EnumSet.of(Waardepapier.ONBEKEND, Waardepapier.GEEN),
                BeschikkingVoldaanMapper::waardepapier);
    }

    @Test
    void een_beschikking_met_een_onbekende_leerroute_is_de_fout_van_het_bericht() {
        assertThatThrownBy(() -> BeschikkingVoldaanMapper.beschikking(ContractEvents.inburgeringsplichtVoldaan()
                .setLeerroute(Leerroute.ONBEKEND).build())).isInstanceOf(InvalidEventException.class);
    }
}
