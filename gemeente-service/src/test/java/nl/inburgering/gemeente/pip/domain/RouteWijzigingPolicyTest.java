package nl.inburgering.gemeente.pip.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.inburgering.gemeente.pip.domain.RouteWijzigingPolicy.Huidig;

/** Seed §5.3, §6.3, §7.3: a route change of the PIP must fit its reden; every broken condition is named. */
class RouteWijzigingPolicyTest {

    private static final int MINIMAAL = 600;
    private static final Huidig B1_ROUTE = new Huidig(Leerroute.B1_ROUTE, Niveau.B1);
    private static final Huidig B1_ROUTE_ZONDER_NIVEAU = new Huidig(Leerroute.B1_ROUTE, null);
    private static final Huidig Z_ROUTE = new Huidig(Leerroute.Z_ROUTE, null);
    private static final Huidig ONDERWIJSROUTE = new Huidig(Leerroute.ONDERWIJSROUTE, Niveau.B1);

    private static Pip pip(Leerroute leerroute, Niveau niveau, RedenWijziging reden) {
        return new Pip(LocalDate.of(2027, 5, 3), leerroute, niveau, null, false, Alfabetisering.NVT, false, reden);
    }

    @Test
    void afschalen_van_b1_naar_a2_binnen_de_b1_route_na_zeshonderd_uur_mag() {
        assertThat(RouteWijzigingPolicy.overtredingen(B1_ROUTE, pip(Leerroute.B1_ROUTE, Niveau.A2,
                RedenWijziging.AFSCHALEN), 600, MINIMAAL)).isEmpty();
        assertThat(RouteWijzigingPolicy.overtredingen(B1_ROUTE_ZONDER_NIVEAU, pip(Leerroute.B1_ROUTE, Niveau.A2,
                RedenWijziging.AFSCHALEN), 820, MINIMAAL)).as("zonder niveau is de B1-route B1").isEmpty();
    }

    @Test
    void afschalen_voor_zeshonderd_uur_onderwijs_bij_een_keurmerkinstelling_kan_niet() {
        assertThat(RouteWijzigingPolicy.overtredingen(B1_ROUTE, pip(Leerroute.B1_ROUTE, Niveau.A2,
                RedenWijziging.AFSCHALEN), 599, MINIMAAL))
                .containsExactly("afschalen kan pas na minstens 600 uur onderwijs bij een instelling met keurmerk "
                        + "(urenOnderwijsKeurmerkinstelling: 599)");
        assertThat(RouteWijzigingPolicy.overtredingen(B1_ROUTE, pip(Leerroute.B1_ROUTE, Niveau.A2,
                RedenWijziging.AFSCHALEN), null, MINIMAAL)).singleElement().asString().contains("niet opgegeven");
    }

    @Test
    void afschalen_buiten_de_b1_route_of_naar_iets_anders_dan_a2_noemt_elke_voorwaarde() {
        assertThat(RouteWijzigingPolicy.overtredingen(ONDERWIJSROUTE, pip(Leerroute.ONDERWIJSROUTE, Niveau.B1,
                RedenWijziging.AFSCHALEN), 100, MINIMAAL)).containsExactly(
                        "afschalen kan alleen binnen de B1-route; het huidige PIP is de ONDERWIJSROUTE",
                        "een afschaling is de B1-route op niveau A2 (leerroute B1_ROUTE, niveau A2)",
                        "afschalen kan pas na minstens 600 uur onderwijs bij een instelling met keurmerk "
                                + "(urenOnderwijsKeurmerkinstelling: 100)");
    }

    @Test
    void een_pip_dat_al_op_a2_staat_kan_niet_nog_eens_worden_afgeschaald() {
        assertThat(RouteWijzigingPolicy.overtredingen(new Huidig(Leerroute.B1_ROUTE, Niveau.A2),
                pip(Leerroute.B1_ROUTE, Niveau.A2, RedenWijziging.AFSCHALEN), 700, MINIMAAL))
                .containsExactly("het huidige PIP is al afgeschaald naar A2");
    }

    @Test
    void opschalen_in_de_z_route_naar_examens_op_a2_mag() {
        assertThat(RouteWijzigingPolicy.overtredingen(Z_ROUTE, pip(Leerroute.Z_ROUTE, Niveau.A2,
                RedenWijziging.OPSCHALEN), null, MINIMAAL)).isEmpty();
    }

    @Test
    void opschalen_buiten_de_z_route_of_zonder_a2_kan_niet() {
        assertThat(RouteWijzigingPolicy.overtredingen(B1_ROUTE, pip(Leerroute.B1_ROUTE, Niveau.B1,
                RedenWijziging.OPSCHALEN), null, MINIMAAL)).containsExactly(
                        "opschalen kan alleen binnen de Z-route; het huidige PIP is de B1_ROUTE",
                        "een opschaling is de Z-route met examens op A2 (leerroute Z_ROUTE, niveau A2)");
        assertThat(RouteWijzigingPolicy.overtredingen(new Huidig(Leerroute.Z_ROUTE, Niveau.A2),
                pip(Leerroute.Z_ROUTE, Niveau.A2, RedenWijziging.OPSCHALEN), null, MINIMAAL))
                .containsExactly("het huidige PIP is al opgeschaald naar examens op A2");
    }

    @Test
    void wisselen_van_leerroute_naar_een_andere_route_mag_en_naar_dezelfde_niet() {
        assertThat(RouteWijzigingPolicy.overtredingen(ONDERWIJSROUTE, pip(Leerroute.B1_ROUTE, null,
                RedenWijziging.WISSELING_LEERROUTE), null, MINIMAAL)).isEmpty();
        assertThat(RouteWijzigingPolicy.overtredingen(Z_ROUTE, pip(Leerroute.B1_ROUTE, null,
                RedenWijziging.WISSELING_LEERROUTE), null, MINIMAAL)).isEmpty();
        assertThat(RouteWijzigingPolicy.overtredingen(B1_ROUTE, pip(Leerroute.B1_ROUTE, Niveau.B1,
                RedenWijziging.WISSELING_LEERROUTE), null, MINIMAAL))
                .containsExactly("een wisseling van leerroute heeft een andere leerroute dan de huidige (B1_ROUTE)");
    }

    @Test
    void een_wijziging_om_een_andere_reden_kent_hier_geen_routevoorwaarden() {
        assertThat(RouteWijzigingPolicy.overtredingen(B1_ROUTE, pip(Leerroute.B1_ROUTE, Niveau.B1,
                RedenWijziging.NA_BEZWAAR_OF_BEROEP), null, MINIMAAL)).isEmpty();
    }

    @Test
    void uren_onder_nul_of_boven_negenduizendnegenhonderdnegenennegentig_zijn_geen_geldige_invoer() {
        assertThat(RouteWijzigingPolicy.urenProbleem(-1)).hasValueSatisfying(p -> assertThat(p.veld())
                .isEqualTo("urenOnderwijsKeurmerkinstelling"));
        assertThat(RouteWijzigingPolicy.urenProbleem(10_000)).isPresent();
        assertThat(RouteWijzigingPolicy.urenProbleem(0)).isEmpty();
        assertThat(RouteWijzigingPolicy.urenProbleem(null)).isEmpty();
    }
}
