package nl.inburgering.gemeente.resultaten.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ResultaatPolicyTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 12, 6);
    private static final ResultaatPolicy.Persoon GEZINSMIGRANT_IN_DE_B1_ROUTE = new ResultaatPolicy.Persoon(false, false);
    private static final ResultaatPolicy.Persoon ASIELSTATUSHOUDER_IN_DE_ZROUTE = new ResultaatPolicy.Persoon(true, true);

    @Test
    void een_pvt_met_alleen_een_indicatie_verwijtbaarheid_mag() {
        assertThat(ResultaatPolicy.beoordeel(new Resultaat(Onderdeel.PVT, null, true), "datumOndertekening",
                GEZINSMIGRANT_IN_DE_B1_ROUTE, VANDAAG)).isEmpty();
    }

    @Test
    void een_map_vandaag_afgerond_mag_en_morgen_niet() {
        assertThat(ResultaatPolicy.beoordeel(new Resultaat(Onderdeel.MAP, VANDAAG, null), "datumEindgesprek",
                GEZINSMIGRANT_IN_DE_B1_ROUTE, VANDAAG)).isEmpty();
        assertThat(ResultaatPolicy.beoordeel(new Resultaat(Onderdeel.MAP, VANDAAG.plusDays(1), null),
                "datumEindgesprek", GEZINSMIGRANT_IN_DE_B1_ROUTE, VANDAAG)).extracting(Probleem::code)
                .containsExactly("future");
    }

    @Test
    void de_participatie_van_een_asielstatushouder_in_de_zroute_mag() {
        assertThat(ResultaatPolicy.beoordeel(new Resultaat(Onderdeel.ZROUTE_PARTICIPATIE, VANDAAG, null),
                "datumAfronding", ASIELSTATUSHOUDER_IN_DE_ZROUTE, VANDAAG)).isEmpty();
    }

    @Test
    void de_participatie_zonder_datum_met_verwijtbaarheid_voor_een_gezinsmigrant_in_de_b1_route_geeft_vier_problemen() {
        assertThat(ResultaatPolicy.beoordeel(new Resultaat(Onderdeel.ZROUTE_PARTICIPATIE, null, false),
                "datumAfronding", GEZINSMIGRANT_IN_DE_B1_ROUTE, VANDAAG)).extracting(Probleem::veld)
                .containsExactly("datumAfronding", "verwijtbaar", "leerroute", "doelgroep");
    }

    @Test
    void het_eindgesprek_zroute_van_een_gezinsmigrant_in_de_zroute_mag() {
        assertThat(ResultaatPolicy.beoordeel(new Resultaat(Onderdeel.ZROUTE_EINDGESPREK, VANDAAG, null),
                "datumAfronding", new ResultaatPolicy.Persoon(true, false), VANDAAG)).isEmpty();
    }
}
