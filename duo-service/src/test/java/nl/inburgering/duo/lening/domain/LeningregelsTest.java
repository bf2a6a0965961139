package nl.inburgering.duo.lening.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.inburgering.duo.dossier.api.PlichtBeeindigd;

/** The rules of the lening (seed §12) as sentences: who may borrow, which factuur DUO pays, and the terugbetaling. */
class LeningregelsTest {

    private static final BigDecimal MAXIMUM = new BigDecimal("10000.00");
    private static final Terugbetalingsvoorwaarden VOORWAARDEN = new Terugbetalingsvoorwaarden(120, 6,
            new BigDecimal("20000.00"), new BigDecimal("4.00"));

    // --- aanvraag en beslissing ---

    @Test
    void een_plichtige_gezinsmigrant_of_overige_migrant_mag_een_lening_aanvragen() {
        assertThat(Leningaanvraagregels.bezwaarTegenAanvraag(true, false, false)).isEmpty();
    }

    @Test
    void een_asielstatushouder_krijgt_zijn_aanbod_van_de_gemeente_en_geen_lening() {
        assertThat(Leningaanvraagregels.bezwaarTegenAanvraag(true, true, false)).get().asString()
                .contains("asielstatushouder", "gemeente");
    }

    @Test
    void wie_niet_inburgeringsplichtig_is_of_al_een_lening_heeft_kan_niet_aanvragen() {
        assertThat(Leningaanvraagregels.bezwaarTegenAanvraag(false, false, false)).get().asString()
                .contains("niet inburgeringsplichtig");
        assertThat(Leningaanvraagregels.bezwaarTegenAanvraag(true, false, true)).get().asString()
                .contains("al een lening");
    }

    @Test
    void DUO_kent_hoogstens_het_maximum_toe_en_meer_dan_nul() {
        assertThat(Leningaanvraagregels.bezwarenTegenBedrag(new BigDecimal("10000.00"), MAXIMUM)).isEmpty();
        assertThat(Leningaanvraagregels.bezwarenTegenBedrag(new BigDecimal("10000.01"), MAXIMUM)).singleElement()
                .asString().contains("maximum");
        assertThat(Leningaanvraagregels.bezwarenTegenBedrag(BigDecimal.ZERO, MAXIMUM)).singleElement().asString()
                .contains("groter dan 0");
    }

    // --- factuurcontrole ---

    @Test
    void een_factuur_conform_het_pip_van_een_erkende_instelling_binnen_de_lening_is_betaalbaar() {
        assertThat(Factuurcontrole.overtreden(feiten())).isEmpty();
    }

    @Test
    void een_factuur_zonder_toegekende_lening_wordt_afgewezen() {
        assertThat(Factuurcontrole.overtreden(new Factuurfeiten(false, Leerroute.B1_ROUTE, Niveau.B1,
                Leerroute.B1_ROUTE, Niveau.B1, Keurmerk.BLIK_OP_WERK, new BigDecimal("100.00"), BigDecimal.ZERO,
                true)))
                .containsExactly(Factuurregel.LENING_TOEGEKEND);
    }

    @Test
    void een_factuur_kan_pas_worden_betaald_als_het_pip_is_vastgesteld() {
        assertThat(Factuurcontrole.overtreden(new Factuurfeiten(true, null, null, Leerroute.B1_ROUTE, Niveau.B1,
                Keurmerk.BLIK_OP_WERK, new BigDecimal("100.00"), MAXIMUM, true)))
                .containsExactly(Factuurregel.PIP_VASTGESTELD);
    }

    @Test
    void de_opleiding_volgt_de_leerroute_van_het_pip() {
        assertThat(Factuurcontrole.overtreden(new Factuurfeiten(true, Leerroute.B1_ROUTE, Niveau.B1,
                Leerroute.ONDERWIJSROUTE, Niveau.B1, Keurmerk.BLIK_OP_WERK, new BigDecimal("100.00"), MAXIMUM, true)))
                .containsExactly(Factuurregel.LEERROUTE_CONFORM_PIP);
    }

    @Test
    void de_opleiding_heeft_het_niveau_van_het_pip_of_een_hoger() {
        assertThat(Factuurcontrole.overtreden(new Factuurfeiten(true, Leerroute.B1_ROUTE, Niveau.B1,
                Leerroute.B1_ROUTE, Niveau.A2, Keurmerk.BLIK_OP_WERK, new BigDecimal("100.00"), MAXIMUM, true)))
                .containsExactly(Factuurregel.NIVEAU_CONFORM_PIP);
        assertThat(Factuurcontrole.overtreden(new Factuurfeiten(true, Leerroute.Z_ROUTE, Niveau.A2,
                Leerroute.Z_ROUTE, Niveau.B1, Keurmerk.BLIK_OP_WERK, new BigDecimal("100.00"), MAXIMUM, true)))
                .isEmpty();
    }

    @Test
    void een_factuur_van_een_instelling_zonder_keurmerk_wordt_afgewezen_ook_als_DUO_de_instelling_kent() {
        // DUO knowing the instelling (keten.duo.instellingen) let the factuur in; only the keurmerk makes it erkend
        assertThat(Factuurcontrole.overtreden(factuur(Leerroute.B1_ROUTE, Keurmerk.GEEN)))
                .containsExactly(Factuurregel.ERKENDE_INSTELLING);
        assertThat(Factuurregel.ERKENDE_INSTELLING.zin()).contains("keurmerk", "Blik op Werk");
    }

    @Test
    void een_instelling_met_het_keurmerk_van_Blik_op_Werk_is_erkend_voor_elke_leerroute() {
        for (Leerroute route : Leerroute.values()) {
            assertThat(Factuurcontrole.overtreden(factuur(route, Keurmerk.BLIK_OP_WERK))).isEmpty();
        }
    }

    @Test
    void een_taalschakelinstelling_is_alleen_erkend_voor_onderwijs_in_de_onderwijsroute() {
        assertThat(Factuurcontrole.overtreden(factuur(Leerroute.ONDERWIJSROUTE, Keurmerk.TAALSCHAKELTRAJECT)))
                .isEmpty();
        assertThat(Factuurcontrole.overtreden(factuur(Leerroute.B1_ROUTE, Keurmerk.TAALSCHAKELTRAJECT)))
                .containsExactly(Factuurregel.ERKENDE_INSTELLING);
    }

    @Test
    void een_factuur_boven_wat_er_van_de_lening_over_is_wordt_geheel_afgewezen_en_precies_het_restant_mag() {
        assertThat(Factuurcontrole.overtreden(new Factuurfeiten(true, Leerroute.B1_ROUTE, Niveau.B1,
                Leerroute.B1_ROUTE, Niveau.B1, Keurmerk.BLIK_OP_WERK, new BigDecimal("500.01"),
                new BigDecimal("500.00"), true)))
                .containsExactly(Factuurregel.BINNEN_RESTANT);
        assertThat(Factuurcontrole.overtreden(new Factuurfeiten(true, Leerroute.B1_ROUTE, Niveau.B1,
                Leerroute.B1_ROUTE, Niveau.B1, Keurmerk.BLIK_OP_WERK, new BigDecimal("500.00"),
                new BigDecimal("500.00"), true)))
                .isEmpty();
    }

    @Test
    void na_het_einde_van_de_plicht_wordt_geen_factuur_meer_betaald() {
        assertThat(Factuurcontrole.overtreden(new Factuurfeiten(true, Leerroute.B1_ROUTE, Niveau.B1,
                Leerroute.B1_ROUTE, Niveau.B1, Keurmerk.BLIK_OP_WERK, new BigDecimal("100.00"), MAXIMUM, false)))
                .containsExactly(Factuurregel.PLICHT_NIET_BEEINDIGD);
    }

    @Test
    void een_factuur_die_meerdere_regels_overtreedt_noemt_elke_reden() {
        assertThat(Factuurcontrole.overtreden(new Factuurfeiten(true, Leerroute.B1_ROUTE, Niveau.B1,
                Leerroute.Z_ROUTE, Niveau.A2, Keurmerk.GEEN, new BigDecimal("100.00"), MAXIMUM, true)))
                .containsExactly(Factuurregel.LEERROUTE_CONFORM_PIP, Factuurregel.NIVEAU_CONFORM_PIP,
                        Factuurregel.ERKENDE_INSTELLING);
    }

    // --- terugbetaling ---

    @Test
    void elk_einde_van_de_plicht_laat_het_recht_vervallen_ook_voldaan_behalve_een_tijdelijke_vrijstelling() {
        assertThat(Terugbetalingsregels.afloop(PlichtBeeindigd.Reden.VOLDAAN))
                .isEqualTo(Terugbetalingsregels.Afloop.TERUGBETALEN);
        assertThat(Terugbetalingsregels.afloop(PlichtBeeindigd.Reden.VERTREK_UIT_NEDERLAND))
                .isEqualTo(Terugbetalingsregels.Afloop.TERUGBETALEN);
        assertThat(Terugbetalingsregels.afloop(PlichtBeeindigd.Reden.VERBLIJFSDOEL_GEWIJZIGD))
                .isEqualTo(Terugbetalingsregels.Afloop.TERUGBETALEN);
        assertThat(Terugbetalingsregels.afloop(PlichtBeeindigd.Reden.TIJDELIJKE_VRIJSTELLING))
                .isEqualTo(Terugbetalingsregels.Afloop.GEEN_GEVOLG);
        assertThat(Terugbetalingsregels.afloop(PlichtBeeindigd.Reden.OVERLIJDEN))
                .isEqualTo(Terugbetalingsregels.Afloop.KWIJTSCHELDEN);
    }

    @Test
    void zonder_bekend_inkomen_betaalt_de_debiteur_het_bestede_bedrag_in_gelijke_termijnen_vanaf_zes_maanden_later() {
        Terugbetaling t = Terugbetalingsregels.terugbetaling(new BigDecimal("1250.00"), null,
                LocalDate.of(2026, 12, 6), VOORWAARDEN);

        assertThat(t.termijnbedrag()).isEqualByComparingTo("10.42");
        assertThat(t.aantalTermijnen()).isEqualTo(120);
        assertThat(t.incassoVanaf()).isEqualTo(LocalDate.of(2027, 6, 6));
    }

    @Test
    void een_lager_inkomen_verlaagt_het_termijnbedrag_tot_de_draagkracht_en_onder_de_drempel_tot_nul() {
        BigDecimal schuld = new BigDecimal("6000.00");
        LocalDate vandaag = LocalDate.of(2026, 12, 6);

        assertThat(Terugbetalingsregels.terugbetaling(schuld, new BigDecimal("80000.00"), vandaag, VOORWAARDEN)
                .termijnbedrag()).isEqualByComparingTo("50.00");
        assertThat(Terugbetalingsregels.terugbetaling(schuld, new BigDecimal("26000.00"), vandaag, VOORWAARDEN)
                .termijnbedrag()).isEqualByComparingTo("20.00");
        assertThat(Terugbetalingsregels.terugbetaling(schuld, new BigDecimal("15000.00"), vandaag, VOORWAARDEN)
                .termijnbedrag()).isEqualByComparingTo("0.00");
    }

    /** A factuur conform a PIP of the same leerroute (B1 where it has a niveau), within the lening. */
    private static Factuurfeiten factuur(Leerroute route, Keurmerk keurmerk) {
        Niveau niveau = route == Leerroute.B1_ROUTE ? Niveau.B1 : null;
        return new Factuurfeiten(true, route, niveau, route, niveau, keurmerk, new BigDecimal("100.00"), MAXIMUM,
                true);
    }

    private static Factuurfeiten feiten() {
        return new Factuurfeiten(true, Leerroute.B1_ROUTE, Niveau.B1, Leerroute.B1_ROUTE, Niveau.B1,
                Keurmerk.BLIK_OP_WERK, new BigDecimal("1250.00"), MAXIMUM, true);
    }
}
