package nl.inburgering.gemeente.examenresultaat.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import nl.inburgering.contracts.common.Examenniveau;
import nl.inburgering.contracts.common.Examenonderdeel;
import nl.inburgering.contracts.common.Examenuitslag;
import nl.inburgering.contracts.common.RedenGeenExamenresultaat;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.gemeente.examenresultaat.application.ExamenresultaatOpnemen;
import nl.inburgering.platform.events.InvalidEventException;

class ExamenresultaatMapperTest {

    @Test
    void een_uitslag_van_duo_wordt_het_examenresultaat_van_de_gemeente() {
        ExamenresultaatOpnemen opnemen = ExamenresultaatMapper.opnemen(ContractEvents.examenresultaatVastgesteld()
                .build());

        assertThat(opnemen.gemeentecode()).isEqualTo(ContractEvents.GEMEENTECODE);
        assertThat(opnemen.resultaat().onderdeel()).isEqualTo("LE");
        assertThat(opnemen.resultaat().niveau()).isEqualTo("B1");
        assertThat(opnemen.resultaat().isBehaald()).isTrue();
    }

    @Test
    void knm_heeft_geen_niveau_en_wordt_toch_het_examenresultaat_van_de_gemeente() {
        ExamenresultaatOpnemen opnemen = ExamenresultaatMapper.opnemen(ContractEvents.examenresultaatVastgesteld()
                .setOnderdeel(Examenonderdeel.KNM).setNiveau(Examenniveau.ONBEKEND).build());

        assertThat(opnemen.resultaat().onderdeel()).isEqualTo("KNM");
        assertThat(opnemen.resultaat().niveau()).isEqualTo("GEEN");
        assertThat(opnemen.resultaat().isBehaald()).isTrue();
    }

    @Test
    void een_uitslag_die_niet_klopt_gaat_met_de_regel_als_reden_naar_de_dlt() {
        assertThatThrownBy(() -> ExamenresultaatMapper.opnemen(ContractEvents.examenresultaatVastgesteld()
                .setGemeentecode("AMS").build())).isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() -> ExamenresultaatMapper.opnemen(ContractEvents.examenresultaatVastgesteld()
                .setOnderdeel(Examenonderdeel.ONBEKEND).build())).hasMessageContaining("onderdeel");
        assertThatThrownBy(() -> ExamenresultaatMapper.opnemen(ContractEvents.examenresultaatVastgesteld()
                .setNiveau(Examenniveau.ONBEKEND).build())).hasMessageContaining("niveau");
        assertThatThrownBy(() -> ExamenresultaatMapper.opnemen(ContractEvents.examenresultaatVastgesteld()
                .setUitslag(Examenuitslag.ONBEKEND).build())).hasMessageContaining("uitslag");
        assertThatThrownBy(() -> ExamenresultaatMapper.opnemen(ContractEvents.examenresultaatVastgesteld()
                .setRedenGeenResultaat(RedenGeenExamenresultaat.values()[1]).build()))
                .hasMessageContaining("redenGeenResultaat");
        assertThatThrownBy(() -> ExamenresultaatMapper.opnemen(ContractEvents.examenresultaatVastgesteld()
                .setExamendatum(ContractEvents.DATUM.plusDays(1)).build())).hasMessageContaining("examendatum");
    }
}
