package nl.inburgering.gemeente.resultaten.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import nl.inburgering.contracts.common.OnderdeelPvtMapZroute;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.contracts.testdata.EnumVertalingen;
import nl.inburgering.gemeente.resultaten.application.AntwoordOpnemen;
import nl.inburgering.gemeente.resultaten.domain.Onderdeel;
import nl.inburgering.platform.events.InvalidEventException;

class RegistratieResultatenMapperTest {

    @Test
    void elk_onderdeel_van_het_contract_behalve_onbekend_is_een_onderdeel_van_de_gemeente() {
        EnumVertalingen.dektElkeWaardeBehalve(OnderdeelPvtMapZroute.class, EnumSet.of(OnderdeelPvtMapZroute.ONBEKEND),
                o -> RegistratieResultatenMapper.onderdeel(o, "test"));
    }

    @Test
    void een_intrekking_is_een_registratie_zonder_datum() {
        AntwoordOpnemen.Geregistreerd ingetrokken = RegistratieResultatenMapper.geregistreerd(ContractEvents
                .resultaatPvtMapZrouteGeregistreerd().setOnderdeel(OnderdeelPvtMapZroute.MAP).setDatum(null)
                .setIngetrokken(true).setViaM2m(true).build());

        assertThat(ingetrokken.onderdeel()).isEqualTo(Onderdeel.MAP);
        assertThat(ingetrokken.ingetrokken()).isTrue();
        assertThat(ingetrokken.viaM2m()).isTrue();
        assertThat(ingetrokken.datum()).isNull();
    }

    @Test
    void een_registratie_van_niets_of_een_intrekking_met_datum_spreekt_zichzelf_tegen() {
        assertThatThrownBy(() -> RegistratieResultatenMapper.geregistreerd(ContractEvents
                .resultaatPvtMapZrouteGeregistreerd().setDatum(null).setVerwijtbaar(null).build()))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("zonder datum");
        assertThatThrownBy(() -> RegistratieResultatenMapper.geregistreerd(ContractEvents
                .resultaatPvtMapZrouteGeregistreerd().setIngetrokken(true).build()))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("ingetrokken");
    }
}
