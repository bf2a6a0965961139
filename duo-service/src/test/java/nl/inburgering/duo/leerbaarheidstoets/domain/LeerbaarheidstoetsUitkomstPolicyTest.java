package nl.inburgering.duo.leerbaarheidstoets.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class LeerbaarheidstoetsUitkomstPolicyTest {

    private static final Score BENODIGD = new Score("55,00");

    @Test
    void een_score_boven_de_benodigde_score_maakt_de_b1_route_haalbaar() {
        Uitkomst uitkomst = LeerbaarheidstoetsUitkomstPolicy.bepaal(Optional.of(new Score("61,50")), BENODIGD);

        assertThat(uitkomst.resultaat()).isEqualTo(Leerbaarheidstoetsresultaat.B1_ROUTE_HAALBAAR);
        assertThat(uitkomst.behaaldeScore()).contains(new Score("61,50"));
        assertThat(uitkomst.benodigdeScore()).isEqualTo(BENODIGD);
    }

    @Test
    void precies_de_benodigde_score_maakt_de_b1_route_haalbaar() {
        assertThat(LeerbaarheidstoetsUitkomstPolicy.bepaal(Optional.of(new Score("55,00")), BENODIGD).resultaat())
                .isEqualTo(Leerbaarheidstoetsresultaat.B1_ROUTE_HAALBAAR);
    }

    @Test
    void een_honderdste_onder_de_benodigde_score_maakt_de_b1_route_niet_haalbaar() {
        assertThat(LeerbaarheidstoetsUitkomstPolicy.bepaal(Optional.of(new Score("54,99")), BENODIGD).resultaat())
                .isEqualTo(Leerbaarheidstoetsresultaat.B1_ROUTE_NIET_HAALBAAR);
    }

    @Test
    void scores_worden_als_getal_vergeleken_en_niet_als_tekst() {
        assertThat(LeerbaarheidstoetsUitkomstPolicy.bepaal(Optional.of(new Score("100,00")), BENODIGD).resultaat())
                .isEqualTo(Leerbaarheidstoetsresultaat.B1_ROUTE_HAALBAAR);
        assertThat(LeerbaarheidstoetsUitkomstPolicy.bepaal(Optional.of(new Score("9,00")), BENODIGD).resultaat())
                .isEqualTo(Leerbaarheidstoetsresultaat.B1_ROUTE_NIET_HAALBAAR);
    }

    @Test
    void een_toets_zonder_score_heeft_resultaat_onbekend_met_de_benodigde_score() {
        Uitkomst uitkomst = LeerbaarheidstoetsUitkomstPolicy.bepaal(Optional.empty(), BENODIGD);

        assertThat(uitkomst.resultaat()).isEqualTo(Leerbaarheidstoetsresultaat.ONBEKEND);
        assertThat(uitkomst.behaaldeScore()).isEmpty();
        assertThat(uitkomst.benodigdeScore()).isEqualTo(BENODIGD);
    }

    @Test
    void een_score_heeft_de_vorm_van_duo_met_een_komma_en_twee_decimalen() {
        assertThat(Score.isGeldig("61,50")).isTrue();
        assertThat(Score.isGeldig("0,00")).isTrue();
        assertThat(Score.isGeldig("61.50")).isFalse();
        assertThat(Score.isGeldig("61,5")).isFalse();
        assertThat(Score.isGeldig("1000,00")).isFalse();
        assertThatThrownBy(() -> new Score("61")).isInstanceOf(IllegalArgumentException.class);
    }
}
