package nl.inburgering.duo.handhaving.domain;

import static nl.inburgering.duo.handhaving.domain.Verwijtbaarheidsfeiten.Leerrouteonderdeel.KNM;
import static nl.inburgering.duo.handhaving.domain.Verwijtbaarheidsfeiten.Leerrouteonderdeel.SPREKEN;
import static nl.inburgering.duo.handhaving.domain.Verwijtbaarheidsfeiten.Leerrouteonderdeel.SCHRIJVEN;
import static nl.inburgering.duo.handhaving.domain.Verwijtbaarheidsfeiten.Leerrouteonderdeel.ZROUTE_EINDGESPREK;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Period;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.inburgering.duo.handhaving.domain.Verwijtbaarheidsfeiten.Leerroute;
import nl.inburgering.duo.handhaving.domain.Verwijtbaarheidsfeiten.Leerrouteonderdeel;
import nl.inburgering.duo.handhaving.domain.Verwijtbaarheidsoordeel.Boeteregel;
import nl.inburgering.duo.handhaving.domain.Verwijtbaarheidsoordeel.Uitkomst;
import nl.inburgering.duo.handhaving.domain.Verwijtbaarheidsoordeel.Verlengingsgrond;

class VerwijtbaarheidPolicyTest {

    private static final Handhavingsregels REGELS = new Handhavingsregels(80, 1,
            Map.of(Boeteonderdeel.LEERROUTE, new BigDecimal("1250.00"), Boeteonderdeel.PVT, new BigDecimal("340.00"),
                    Boeteonderdeel.MAP, new BigDecimal("340.00")),
            Period.ofYears(1), Period.ofMonths(6), Period.ofYears(2));

    @Test
    void wie_alles_heeft_behaald_heeft_de_termijn_niet_overschreden() {
        Verwijtbaarheidsoordeel oordeel = oordeel(b1route(Set.of(), Set.of()).pvt(true, null).map(true, null));

        assertThat(oordeel.uitkomst()).isEqualTo(Uitkomst.GEEN_OVERSCHRIJDING);
        assertThat(oordeel.boeteregels()).isEmpty();
    }

    @Test
    void zonder_leerroute_van_de_gemeente_is_de_overschrijding_niet_verwijtbaar() {
        Verwijtbaarheidsoordeel oordeel = oordeel(new Feiten(null, false, Set.of(KNM, SPREKEN), Set.of()));

        assertThat(oordeel.uitkomst()).isEqualTo(Uitkomst.NIET_VERWIJTBAAR);
        assertThat(oordeel.grond()).isEqualTo(Verlengingsgrond.GEMEENTE_TE_LAAT);
        assertThat(oordeel.verlenging()).isEqualTo(Period.ofYears(1));
    }

    @Test
    void een_leerroute_die_de_gemeente_te_laat_vaststelde_maakt_de_overschrijding_niet_verwijtbaar() {
        Feiten feiten = b1route(Set.of(KNM, SPREKEN), Set.of()).uren(100, 20, 30);
        feiten.teLaat = true;

        Verwijtbaarheidsoordeel oordeel = oordeel(feiten);

        assertThat(oordeel.uitkomst()).isEqualTo(Uitkomst.NIET_VERWIJTBAAR);
        assertThat(oordeel.grond()).isEqualTo(Verlengingsgrond.GEMEENTE_TE_LAAT);
    }

    @Test
    void wie_de_lessen_volgde_elk_open_examen_deed_en_pvt_en_map_niet_verwijtbaar_mist_wordt_verlengd() {
        Verwijtbaarheidsoordeel oordeel = oordeel(b1route(Set.of(KNM, SPREKEN, SCHRIJVEN), Set.of(KNM, SPREKEN,
                SCHRIJVEN)).uren(400, 380, 0).pvt(false, false).map(false, false));

        assertThat(oordeel.uitkomst()).isEqualTo(Uitkomst.NIET_VERWIJTBAAR);
        assertThat(oordeel.grond()).isEqualTo(Verlengingsgrond.NIET_VERWIJTBAAR);
        assertThat(oordeel.verlenging()).isEqualTo(Period.ofYears(1));
        assertThat(oordeel.boeteregels()).isEmpty();
    }

    @Test
    void wie_na_een_aanzienlijke_inspanning_nog_een_onderdeel_mist_krijgt_een_beperkte_verlenging() {
        Verwijtbaarheidsoordeel oordeel = oordeel(b1route(Set.of(SPREKEN), Set.of()).uren(400, 360, 0).pvt(true, null)
                .map(true, null));

        assertThat(oordeel.uitkomst()).isEqualTo(Uitkomst.AANZIENLIJKE_INSPANNING);
        assertThat(oordeel.grond()).isEqualTo(Verlengingsgrond.AANZIENLIJKE_INSPANNING);
        assertThat(oordeel.verlenging()).isEqualTo(Period.ofMonths(6));
        assertThat(oordeel.boeteregels()).isEmpty();
    }

    @Test
    void wie_niets_deed_krijgt_een_boete_per_onderdeel_en_een_nieuwe_termijn() {
        Verwijtbaarheidsoordeel oordeel = oordeel(b1route(Set.of(KNM, SPREKEN), Set.of()).uren(400, 100, 40));

        assertThat(oordeel.uitkomst()).isEqualTo(Uitkomst.VERWIJTBAAR);
        assertThat(oordeel.grond()).isNull();
        assertThat(oordeel.verlenging()).isEqualTo(Period.ofYears(2));
        assertThat(oordeel.boeteregels()).containsExactly(
                new Boeteregel(Boeteonderdeel.LEERROUTE, new BigDecimal("1250.00")),
                new Boeteregel(Boeteonderdeel.PVT, new BigDecimal("340.00")),
                new Boeteregel(Boeteonderdeel.MAP, new BigDecimal("340.00")));
        assertThat(oordeel.totaalbedrag()).isEqualByComparingTo("1930.00");
    }

    @Test
    void ongeoorloofd_verzuim_maakt_een_bijna_afgeronde_leerroute_toch_verwijtbaar() {
        Verwijtbaarheidsoordeel oordeel = oordeel(b1route(Set.of(SPREKEN), Set.of(SPREKEN)).uren(400, 390, 8)
                .pvt(true, null).map(true, null));

        assertThat(oordeel.uitkomst()).isEqualTo(Uitkomst.VERWIJTBAAR);
        assertThat(oordeel.boeteregels()).extracting(Boeteregel::onderdeel).containsExactly(Boeteonderdeel.LEERROUTE);
    }

    @Test
    void een_pvt_die_de_gemeente_niet_verwijtbaar_acht_wordt_niet_beboet_en_een_verwijtbare_map_wel() {
        Verwijtbaarheidsoordeel oordeel = oordeel(b1route(Set.of(), Set.of()).pvt(false, false).map(false, true));

        assertThat(oordeel.uitkomst()).isEqualTo(Uitkomst.VERWIJTBAAR);
        assertThat(oordeel.boeteregels()).extracting(Boeteregel::onderdeel).containsExactly(Boeteonderdeel.MAP);
    }

    @Test
    void een_examen_dat_nooit_is_geprobeerd_is_verwijtbaar_ook_met_goede_aanwezigheid() {
        Verwijtbaarheidsoordeel oordeel = oordeel(b1route(Set.of(KNM, SPREKEN), Set.of(SPREKEN)).uren(400, 400, 0)
                .pvt(true, null).map(true, null));

        assertThat(oordeel.uitkomst()).isEqualTo(Uitkomst.VERWIJTBAAR);
        assertThat(oordeel.overwegingen()).anyMatch(o -> o.contains("KNM"));
    }

    @Test
    void in_de_z_route_telt_de_aanwezigheid_want_er_zijn_geen_examens() {
        Feiten feiten = new Feiten(Leerroute.Z_ROUTE, false, Set.of(ZROUTE_EINDGESPREK), Set.of()).uren(600, 540, 0)
                .pvt(true, null).map(true, null);

        assertThat(oordeel(feiten).uitkomst()).isEqualTo(Uitkomst.NIET_VERWIJTBAAR);
        assertThat(oordeel(feiten.uren(600, 200, 0)).uitkomst()).isEqualTo(Uitkomst.VERWIJTBAAR);
    }

    // --- arrange ---

    private static Verwijtbaarheidsoordeel oordeel(Feiten feiten) {
        return VerwijtbaarheidPolicy.beoordeel(feiten.alsFeiten(), REGELS);
    }

    private static Feiten b1route(Set<Leerrouteonderdeel> open, Set<Leerrouteonderdeel> geprobeerd) {
        return new Feiten(Leerroute.B1_ROUTE, false, open, geprobeerd);
    }

    /** A builder: PVT and MAP open without indication and no inspanning unless said otherwise. */
    private static final class Feiten {
        final Leerroute leerroute;
        boolean teLaat;
        final Set<Leerrouteonderdeel> open;
        final Set<Leerrouteonderdeel> geprobeerd;
        boolean pvtAfgerond;
        Boolean pvtVerwijtbaar;
        boolean mapAfgerond;
        Boolean mapVerwijtbaar;
        int aangeboden;
        int aanwezig;
        int verzuim;

        Feiten(Leerroute leerroute, boolean teLaat, Set<Leerrouteonderdeel> open, Set<Leerrouteonderdeel> geprobeerd) {
            this.leerroute = leerroute;
            this.teLaat = teLaat;
            this.open = open;
            this.geprobeerd = geprobeerd;
        }

        Feiten pvt(boolean afgerond, Boolean verwijtbaar) {
            pvtAfgerond = afgerond;
            pvtVerwijtbaar = verwijtbaar;
            return this;
        }

        Feiten map(boolean afgerond, Boolean verwijtbaar) {
            mapAfgerond = afgerond;
            mapVerwijtbaar = verwijtbaar;
            return this;
        }

        Feiten uren(int aangeboden, int aanwezig, int verzuim) {
            this.aangeboden = aangeboden;
            this.aanwezig = aanwezig;
            this.verzuim = verzuim;
            return this;
        }

        Verwijtbaarheidsfeiten alsFeiten() {
            return new Verwijtbaarheidsfeiten(leerroute, teLaat, open, geprobeerd, pvtAfgerond, pvtVerwijtbaar,
                    mapAfgerond, mapVerwijtbaar, aangeboden, aanwezig, verzuim);
        }
    }
}
