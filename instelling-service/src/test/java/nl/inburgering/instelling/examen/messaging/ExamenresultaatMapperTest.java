package nl.inburgering.instelling.examen.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.inburgering.contracts.common.Examenniveau;
import nl.inburgering.contracts.common.Examenonderdeel;
import nl.inburgering.contracts.common.Examenuitslag;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.contracts.testdata.EnumVertalingen;
import nl.inburgering.instelling.examen.application.ExamenresultaatOpnemen;
import nl.inburgering.platform.events.InvalidEventException;

/** #13 in: every symbol DUO may send has a meaning here, and what the instelling cannot use is refused. */
class ExamenresultaatMapperTest {

    @Test
    void een_geldige_uitslag_wordt_een_opdracht_voor_de_genoemde_instellingen() {
        ExamenresultaatOpnemen opnemen = ExamenresultaatMapper.opnemen(ContractEvents.examenresultaatVastgesteld()
                .setInstellingsnummers(List.of("12345", "67890")).build());

        assertThat(opnemen.instellingsnummers()).containsExactly("12345", "67890");
        assertThat(opnemen.resultaat().onderdeel().name()).isEqualTo("LE");
        assertThat(opnemen.resultaat().uitslag().name()).isEqualTo("GESLAAGD");
    }

    @Test
    void elk_onderdeel_niveau_en_elke_uitslag_van_duo_heeft_een_betekenis_behalve_onbekend() {
        EnumVertalingen.dektElkeWaardeBehalve(Examenonderdeel.class, EnumSet.of(Examenonderdeel.ONBEKEND),
                o -> ExamenresultaatMapper.onderdeel(ContractEvents.examenresultaatVastgesteld().setOnderdeel(o)
                        .build()));
        EnumVertalingen.dektElkeWaardeBehalve(Examenniveau.class, EnumSet.of(Examenniveau.ONBEKEND),
                n -> ExamenresultaatMapper.niveau(ContractEvents.examenresultaatVastgesteld().setNiveau(n).build()));
        EnumVertalingen.dektElkeWaardeBehalve(Examenuitslag.class, EnumSet.of(Examenuitslag.ONBEKEND),
                u -> ExamenresultaatMapper.uitslag(ContractEvents.examenresultaatVastgesteld().setUitslag(u)
                        .build()));
    }

    @Test
    void knm_heeft_geen_niveau_een_taalexamen_zonder_niveau_wordt_geweigerd() {
        assertThat(ExamenresultaatMapper.niveau(ContractEvents.examenresultaatVastgesteld()
                .setOnderdeel(Examenonderdeel.KNM).setNiveau(Examenniveau.ONBEKEND).build()).name()).isEqualTo("GEEN");
        assertThatThrownBy(() -> ExamenresultaatMapper.niveau(ContractEvents.examenresultaatVastgesteld()
                .setOnderdeel(Examenonderdeel.LE).setNiveau(Examenniveau.ONBEKEND).build()))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("examenniveau");
    }

    @Test
    void een_uitslag_zonder_instelling_met_een_ongeldig_bsn_of_een_onbekend_onderdeel_wordt_geweigerd() {
        assertThatThrownBy(() -> ExamenresultaatMapper.opnemen(ContractEvents.examenresultaatVastgesteld()
                .setInstellingsnummers(List.of()).build())).isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("zonder instellingsnummers");
        assertThatThrownBy(() -> ExamenresultaatMapper.opnemen(ContractEvents.examenresultaatVastgesteld()
                .setBsn("123456789").build())).isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("ongeldig BSN").hasMessageNotContaining("123456789");
        assertThatThrownBy(() -> ExamenresultaatMapper.opnemen(ContractEvents.examenresultaatVastgesteld()
                .setOnderdeel(Examenonderdeel.ONBEKEND).build())).isInstanceOf(InvalidEventException.class);
        var e = ContractEvents.examenresultaatVastgesteld().build();
        assertThatThrownBy(() -> ExamenresultaatMapper.opnemen(ContractEvents.examenresultaatVastgesteld()
                .setDatumDefinitieveUitslag(e.getExamendatum().minusDays(1)).build()))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("voor de examendatum");
    }
}
