package nl.inburgering.instelling.factuur.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.inburgering.instelling.cursist.api.Leerroute;
import nl.inburgering.instelling.cursist.api.Taalniveau;
import nl.inburgering.platform.bsn.Bsn;

class FactuurPolicyTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 12, 6);
    private static final Bsn BSN = Bsn.of("999990019");

    private static FactuurPolicy.FactuurInvoer invoer(String leerroute, String niveau, String bedrag) {
        return new FactuurPolicy.FactuurInvoer("F-1", BSN, null, leerroute, niveau, "Taalcursus",
                bedrag == null ? null : new BigDecimal(bedrag), VANDAAG);
    }

    private static List<String> codes(FactuurPolicy.Beoordeling beoordeling) {
        return beoordeling.problemen().stream().map(p -> p.veld() + ":" + p.code()).toList();
    }

    @Test
    void een_bedrag_met_centen_wordt_een_bedrag_met_twee_decimalen() {
        var beoordeling = FactuurPolicy.beoordeel("12345", invoer("B1_ROUTE", "A2", "1250.5"), VANDAAG);

        assertThat(beoordeling.isGoed()).isTrue();
        Factuur factuur = beoordeling.factuur().get();
        assertThat(factuur.bedrag()).isEqualTo(new BigDecimal("1250.50"));
        assertThat(factuur.niveau()).isEqualTo(Taalniveau.A2);
        assertThat(factuur.leerroute()).isEqualTo(Leerroute.B1_ROUTE);
    }

    @Test
    void een_bedrag_is_meer_dan_nul_met_hoogstens_twee_decimalen_en_past_in_het_contract() {
        assertThat(codes(FactuurPolicy.beoordeel("12345", invoer("B1_ROUTE", "B1", "0"), VANDAAG)))
                .containsExactly("bedrag:min");
        assertThat(codes(FactuurPolicy.beoordeel("12345", invoer("B1_ROUTE", "B1", "0.001"), VANDAAG)))
                .containsExactly("bedrag:scale");
        assertThat(codes(FactuurPolicy.beoordeel("12345", invoer("B1_ROUTE", "B1", "10000000.00"), VANDAAG)))
                .containsExactly("bedrag:max");
        // trailing zeros are no extra precision
        assertThat(FactuurPolicy.beoordeel("12345", invoer("B1_ROUTE", "B1", "12.3000"), VANDAAG).isGoed())
                .isTrue();
    }

    @Test
    void het_niveau_van_het_pip_hoort_alleen_bij_de_b1_route() {
        assertThat(codes(FactuurPolicy.beoordeel("12345", invoer("B1_ROUTE", null, "10"), VANDAAG)))
                .containsExactly("niveau:required");
        assertThat(codes(FactuurPolicy.beoordeel("12345", invoer("B1_ROUTE", "B2", "10"), VANDAAG)))
                .containsExactly("niveau:enum");
        assertThat(codes(FactuurPolicy.beoordeel("12345", invoer("ONDERWIJSROUTE", "B1", "10"), VANDAAG)))
                .containsExactly("niveau:notAllowed");
        assertThat(FactuurPolicy.beoordeel("12345", invoer("Z_ROUTE", null, "10"), VANDAAG).factuur().get()
                .niveau()).isNull();
    }

    @Test
    void een_factuurdatum_ligt_niet_in_de_toekomst_en_niet_voor_de_wet_inburgering_2021() {
        var morgen = new FactuurPolicy.FactuurInvoer("F-1", BSN, null, "Z_ROUTE", null, "x", BigDecimal.TEN,
                VANDAAG.plusDays(1));
        var oud = new FactuurPolicy.FactuurInvoer("F-1", BSN, null, "Z_ROUTE", null, "x", BigDecimal.TEN,
                LocalDate.of(2021, 12, 31));

        assertThat(codes(FactuurPolicy.beoordeel("12345", morgen, VANDAAG))).containsExactly("factuurdatum:future");
        assertThat(codes(FactuurPolicy.beoordeel("12345", oud, VANDAAG))).containsExactly("factuurdatum:min");
    }

    @Test
    void dezelfde_factuur_met_een_bedrag_in_een_andere_schrijfwijze_is_dezelfde() {
        Factuur een = FactuurPolicy.beoordeel("12345", invoer("B1_ROUTE", "B1", "125.5"), VANDAAG).factuur().get();
        Factuur twee = FactuurPolicy.beoordeel("12345", invoer("B1_ROUTE", "B1", "125.50"), VANDAAG).factuur().get();
        Factuur ander = FactuurPolicy.beoordeel("12345", invoer("B1_ROUTE", "B1", "125.51"), VANDAAG).factuur().get();

        assertThat(een.isDezelfdeAls(twee)).isTrue();
        assertThat(een.isDezelfdeAls(ander)).isFalse();
    }

    @Test
    void een_beoordeling_past_alleen_bij_de_factuur_van_dezelfde_persoon_en_niet_boven_het_bedrag() {
        Factuur factuur = FactuurPolicy.beoordeel("12345", invoer("B1_ROUTE", "B1", "100"), VANDAAG).factuur()
                .get();
        var betaalbaar = new Factuurbeoordeling(Factuurstatus.BETAALBAAR_GESTELD, new BigDecimal("100.00"),
                List.of(), VANDAAG);
        var teVeel = new Factuurbeoordeling(Factuurstatus.BETAALBAAR_GESTELD, new BigDecimal("100.01"), List.of(),
                VANDAAG);
        var zonderReden = new Factuurbeoordeling(Factuurstatus.AFGEWEZEN, BigDecimal.ZERO, List.of(), VANDAAG);

        assertThat(FactuurbeoordelingPolicy.probleem(factuur, betaalbaar, BSN)).isEmpty();
        assertThat(FactuurbeoordelingPolicy.probleem(factuur, betaalbaar, Bsn.of("999990032"))).isPresent();
        assertThat(FactuurbeoordelingPolicy.probleem(factuur, teVeel, BSN)).isPresent();
        assertThat(FactuurbeoordelingPolicy.probleem(factuur, zonderReden, BSN)).isPresent();
    }
}
