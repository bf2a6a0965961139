package nl.inburgering.gemeente.inspanning.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.inburgering.contracts.common.Leerroute;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.gemeente.inspanning.application.InspanningOpnemen;
import nl.inburgering.platform.events.InvalidEventException;

class InspanningMapperTest {

    @Test
    void een_geldige_melding_van_de_instelling_wordt_de_stand_die_de_gemeente_bewaart() {
        InspanningOpnemen opnemen = InspanningMapper.opnemen(ContractEvents.inspanningAsielstatushouderGemeld().build());

        assertThat(opnemen.bsn().value()).isEqualTo(ContractEvents.BSN);
        assertThat(opnemen.gemeentecode()).isEqualTo(ContractEvents.GEMEENTECODE);
        assertThat(opnemen.stand().instellingsnummer()).isEqualTo(ContractEvents.INSTELLINGSNUMMER);
        assertThat(opnemen.stand().urenOngeoorloofdVerzuim()).isEqualTo(2);
        assertThat(opnemen.stand().actualisatiemoment()).isEqualTo("TUSSENTIJDS");
    }

    @Test
    void een_melding_die_niet_klopt_gaat_met_de_regel_als_reden_naar_de_dlt_zonder_waarde() {
        assertThatThrownBy(() -> InspanningMapper.opnemen(ContractEvents.inspanningAsielstatushouderGemeld()
                .setBsn("123456789").build())).isInstanceOf(InvalidEventException.class)
                .hasMessageNotContaining("123456789");
        assertThatThrownBy(() -> InspanningMapper.stand(ContractEvents.inspanning().setInstellingsnummer("12a").build()))
                .hasMessageContaining("instellingsnummer");
        assertThatThrownBy(() -> InspanningMapper.stand(ContractEvents.inspanning().setLeerroute(Leerroute.ONBEKEND)
                .build())).hasMessageContaining("leerroute");
        assertThatThrownBy(() -> InspanningMapper.stand(ContractEvents.inspanning()
                .setPeildatum(ContractEvents.DATUM.minusYears(1)).build())).hasMessageContaining("peildatum");
        assertThatThrownBy(() -> InspanningMapper.stand(ContractEvents.inspanning().setUrenAanwezig(-1).build()))
                .hasMessageContaining("negatief");
        assertThatThrownBy(() -> InspanningMapper.stand(ContractEvents.inspanning().setUrenAangeboden(10)
                .setUrenAanwezig(9).setUrenOngeoorloofdVerzuim(2).build())).hasMessageContaining("dan aangeboden");
        assertThatThrownBy(() -> InspanningMapper.stand(ContractEvents.inspanning().setTaalschakeltrajectAfgerond(true)
                .build())).hasMessageContaining("tegenspreken");
        assertThatThrownBy(() -> InspanningMapper.stand(ContractEvents.inspanning().setTaalschakeltrajectAfgerond(true)
                .setDatumAfrondingTaalschakeltraject(LocalDate.of(2026, 11, 1)).build()))
                .hasMessageContaining("buiten de onderwijsroute");
    }
}
