package nl.inburgering.instelling.factuur.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.inburgering.contracts.common.Factuuroordeel;
import nl.inburgering.contracts.common.Leerroute;
import nl.inburgering.contracts.common.NiveauPip;
import nl.inburgering.contracts.testdata.ContractEvents;
import nl.inburgering.instelling.cursist.api.Taalniveau;
import nl.inburgering.instelling.factuur.domain.Factuurstatus;
import nl.inburgering.platform.events.InvalidEventException;

class FactuurbeoordelingMapperTest {

    @Test
    void een_afwijzing_komt_binnen_met_elke_reden() {
        var opnemen = FactuurbeoordelingMapper.opnemen(ContractEvents.factuurBeoordeeld()
                .setOordeel(Factuuroordeel.AFGEWEZEN).setBedragBetaalbaar(new BigDecimal("0.00"))
                .setRedenenAfwijzing(List.of("Het PIP is nog niet vastgesteld", "Geen lening")).build());

        assertThat(opnemen.beoordeling().oordeel()).isEqualTo(Factuurstatus.AFGEWEZEN);
        assertThat(opnemen.beoordeling().redenenAfwijzing()).containsExactly("Het PIP is nog niet vastgesteld",
                "Geen lening");
    }

    @Test
    void een_onbekend_oordeel_een_ongeldig_bsn_of_een_negatief_bedrag_wordt_geweigerd_zonder_de_waarde() {
        assertThatThrownBy(() -> FactuurbeoordelingMapper.opnemen(ContractEvents.factuurBeoordeeld()
                .setOordeel(Factuuroordeel.ONBEKEND).build()))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("onbekend oordeel");
        assertThatThrownBy(() -> FactuurbeoordelingMapper.opnemen(ContractEvents.factuurBeoordeeld()
                .setBsn("123456789").build()))
                .isInstanceOf(InvalidEventException.class).hasMessageNotContaining("123456789");
        assertThatThrownBy(() -> FactuurbeoordelingMapper.opnemen(ContractEvents.factuurBeoordeeld()
                .setBedragBetaalbaar(new BigDecimal("-1.00")).build()))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("negatief");
        assertThatThrownBy(() -> FactuurbeoordelingMapper.opnemen(ContractEvents.factuurBeoordeeld()
                .setFactuurnummer(" ").build()))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("factuurnummer");
    }

    @Test
    void de_leerroute_en_het_niveau_van_de_factuur_zijn_die_van_het_contract() {
        assertThat(FactuurIngediendVertaling.leerroute(nl.inburgering.instelling.cursist.api.Leerroute.Z_ROUTE))
                .isEqualTo(Leerroute.ZELFREDZAAMHEIDSROUTE);
        assertThat(FactuurIngediendVertaling.niveau(Taalniveau.A2)).isEqualTo(NiveauPip.A2);
        // the onderwijsroute and the Z-route have no niveau of the PIP
        assertThat(FactuurIngediendVertaling.niveau(null)).isEqualTo(NiveauPip.ONBEKEND);
    }
}
