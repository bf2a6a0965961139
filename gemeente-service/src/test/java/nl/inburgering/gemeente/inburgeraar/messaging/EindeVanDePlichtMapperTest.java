package nl.inburgering.gemeente.inburgeraar.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import nl.inburgering.contracts.common.Leerroute;
import nl.inburgering.contracts.common.RedenGeenInburgeringsplicht;
import nl.inburgering.contracts.common.Waardepapier;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.contracts.testdata.EnumVertalingen;
import nl.inburgering.platform.events.InvalidEventException;

class EindeVanDePlichtMapperTest {

    @Test
    void elke_reden_van_beeindiging_elke_leerroute_en_elk_waardepapier_wordt_gelezen() {
        EnumVertalingen.dektElkeWaarde(RedenGeenInburgeringsplicht.class, EindeVanDePlichtMapper::reden);
        EnumVertalingen.dektElkeWaarde(Leerroute.class, EindeVanDePlichtMapper::leerroute);
        EnumVertalingen.dektElkeWaarde(Waardepapier.class, EindeVanDePlichtMapper::waardepapier);
    }

    @Test
    void een_beeindigde_plicht_wordt_met_einddatum_en_reden_gelezen() {
        var beeindigd = EindeVanDePlichtMapper.beeindigd(ContractEvents.inburgeringsplichtBeeindigd().build());
        assertThat(beeindigd.reden()).isEqualTo("INBURGERINGSPLICHT_VOLDAAN");
        assertThat(beeindigd.einddatum()).isEqualTo(ContractEvents.DATUM);
    }

    @Test
    void een_voldaan_zonder_bekend_waardepapier_of_met_een_beschikking_voor_de_datum_voldaan_is_een_dode_letter() {
        assertThatThrownBy(() -> EindeVanDePlichtMapper.voldaan(ContractEvents.inburgeringsplichtVoldaan()
                .setWaardepapier(Waardepapier.ONBEKEND).build())).isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() -> EindeVanDePlichtMapper.voldaan(ContractEvents.inburgeringsplichtVoldaan()
                .setDatumVoldaan(ContractEvents.DATUM.plusDays(1)).build())).isInstanceOf(InvalidEventException.class);
        var voldaan = EindeVanDePlichtMapper.voldaan(ContractEvents.inburgeringsplichtVoldaan()
                .setLeerroute(Leerroute.ZELFREDZAAMHEIDSROUTE)
                .setWaardepapier(Waardepapier.INBURGERINGSCERTIFICAAT).build());
        assertThat(voldaan.waardepapier()).isEqualTo("INBURGERINGSCERTIFICAAT");
    }
}
