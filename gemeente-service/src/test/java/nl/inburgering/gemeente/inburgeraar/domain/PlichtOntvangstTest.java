package nl.inburgering.gemeente.inburgeraar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.inburgering.gemeente.inburgeraar.domain.PlichtOntvangst.Verwerking;

class PlichtOntvangstTest {

    @Test
    void een_levering_aan_coa_komt_nooit_in_de_werkvoorraad_van_de_azc_gemeente() {
        assertThat(PlichtOntvangst.bepaal("COA", Optional.empty(), "0363")).isEqualTo(Verwerking.NEGEREN);
        assertThat(PlichtOntvangst.isVoorGemeente("COA")).isFalse();
    }

    @Test
    void een_levering_aan_een_onbekende_ontvanger_wordt_genegeerd() {
        assertThat(PlichtOntvangst.bepaal("ONBEKEND", Optional.of("0363"), "0363")).isEqualTo(Verwerking.NEGEREN);
    }

    @Test
    void een_nieuwe_inburgeringsplichtige_wordt_opgenomen() {
        assertThat(PlichtOntvangst.bepaal("GEMEENTE", Optional.empty(), "0363")).isEqualTo(Verwerking.OPNEMEN);
    }

    @Test
    void een_tweede_levering_aan_dezelfde_gemeente_werkt_de_inburgeraar_bij() {
        assertThat(PlichtOntvangst.bepaal("GEMEENTE", Optional.of("0363"), "0363")).isEqualTo(Verwerking.BIJWERKEN);
    }

    @Test
    void een_levering_aan_een_andere_gemeente_neemt_de_inburgeraar_over() {
        assertThat(PlichtOntvangst.bepaal("GEMEENTE", Optional.of("0363"), "0599"))
                .isEqualTo(Verwerking.OVERNEMEN_VAN_ANDERE_GEMEENTE);
    }
}
