package nl.inburgering.duo.pip.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** DUO's rules for a changed PIP with a route change as its reden (seed §5.3, §6.3, §7.3). */
class PipWijzigingPolicyTest {

    private static Pip pip(Leerroute leerroute, Niveau niveau) {
        return new Pip(LocalDate.of(2026, 9, 1), leerroute, niveau, null, Alfabetisering.NVT, "0363");
    }

    private static final Pip B1_ROUTE_B1 = pip(Leerroute.B1_ROUTE, Niveau.B1);
    private static final Pip Z_ROUTE = pip(Leerroute.Z_ROUTE, null);

    @Test
    void afschalen_van_de_b1_route_op_b1_naar_a2_wordt_geregistreerd() {
        assertThat(PipWijzigingPolicy.beoordeel("AFSCHALEN", B1_ROUTE_B1, pip(Leerroute.B1_ROUTE, Niveau.A2)))
                .isEmpty();
    }

    @Test
    void afschalen_vanuit_een_andere_route_of_naar_b1_wordt_met_beide_redenen_afgewezen() {
        assertThat(PipWijzigingPolicy.beoordeel("AFSCHALEN", pip(Leerroute.ONDERWIJSROUTE, Niveau.B1),
                pip(Leerroute.ONDERWIJSROUTE, null))).extracting(Overtreding::code).containsExactly(
                        PipWijzigingPolicy.AFSCHALEN_NIET_VANUIT_B1_IN_B1_ROUTE,
                        PipWijzigingPolicy.AFSCHALEN_NIET_NAAR_A2_IN_B1_ROUTE);
        assertThat(PipWijzigingPolicy.beoordeel("AFSCHALEN", B1_ROUTE_B1, pip(Leerroute.B1_ROUTE, null)))
                .as("zonder niveau is de B1-route B1").extracting(Overtreding::code)
                .containsExactly(PipWijzigingPolicy.AFSCHALEN_NIET_NAAR_A2_IN_B1_ROUTE);
        assertThat(PipWijzigingPolicy.beoordeel("AFSCHALEN", pip(Leerroute.B1_ROUTE, Niveau.A2),
                pip(Leerroute.B1_ROUTE, Niveau.A2))).extracting(Overtreding::code)
                .containsExactly(PipWijzigingPolicy.AFSCHALEN_NIET_VANUIT_B1_IN_B1_ROUTE);
    }

    @Test
    void opschalen_in_de_z_route_naar_examens_op_a2_wordt_geregistreerd() {
        assertThat(PipWijzigingPolicy.beoordeel("OPSCHALEN", Z_ROUTE, pip(Leerroute.Z_ROUTE, Niveau.A2))).isEmpty();
    }

    @Test
    void opschalen_vanuit_de_b1_route_of_zonder_a2_wordt_afgewezen() {
        assertThat(PipWijzigingPolicy.beoordeel("OPSCHALEN", B1_ROUTE_B1, pip(Leerroute.B1_ROUTE, Niveau.A2)))
                .extracting(Overtreding::code).containsExactly(PipWijzigingPolicy.OPSCHALEN_NIET_VANUIT_Z_ROUTE,
                        PipWijzigingPolicy.OPSCHALEN_NIET_NAAR_A2_IN_Z_ROUTE);
        assertThat(PipWijzigingPolicy.beoordeel("OPSCHALEN", Z_ROUTE, pip(Leerroute.Z_ROUTE, null)))
                .extracting(Overtreding::code).containsExactly(PipWijzigingPolicy.OPSCHALEN_NIET_NAAR_A2_IN_Z_ROUTE);
    }

    @Test
    void een_wisseling_naar_een_andere_leerroute_wordt_geregistreerd_en_naar_dezelfde_afgewezen() {
        assertThat(PipWijzigingPolicy.beoordeel("WISSELING_LEERROUTE", pip(Leerroute.ONDERWIJSROUTE, Niveau.B1),
                pip(Leerroute.B1_ROUTE, null))).isEmpty();
        assertThat(PipWijzigingPolicy.beoordeel("WISSELING_LEERROUTE", Z_ROUTE, pip(Leerroute.Z_ROUTE, null)))
                .singleElement().satisfies(o -> {
                    assertThat(o.code()).isEqualTo(PipWijzigingPolicy.WISSELING_ZONDER_ANDERE_LEERROUTE);
                    assertThat(o.veld()).isEqualTo("leerroute");
                });
    }

    @Test
    void een_wijziging_om_een_andere_reden_of_zonder_reden_heeft_hier_geen_regels() {
        assertThat(PipWijzigingPolicy.beoordeel("NA_BEZWAAR_OF_BEROEP", B1_ROUTE_B1, B1_ROUTE_B1)).isEmpty();
        assertThat(PipWijzigingPolicy.beoordeel(null, B1_ROUTE_B1, Z_ROUTE)).isEmpty();
    }
}
