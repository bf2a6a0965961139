package nl.inburgering.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WerkdagenKalenderTest {

    private final WerkdagenKalender kalender = WerkdagenKalender.standaard();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    // --- Pasen en de daarvan afgeleide feestdagen ---

    @ParameterizedTest(name = "Pasen {0} valt op {1}")
    @CsvSource({
        "2008, 2008-03-23",
        "2011, 2011-04-24",
        "2019, 2019-04-21",
        "2024, 2024-03-31",
        "2025, 2025-04-20",
        "2026, 2026-04-05",
        "2027, 2027-03-28",
        "2038, 2038-04-25",
        "2285, 2285-03-22",
    })
    void pasen_valt_op_de_bekende_datum(int jaar, LocalDate verwacht) {
        assertThat(WerkdagenKalender.paaszondag(jaar)).isEqualTo(verwacht);
    }

    @Test
    void pasen_valt_altijd_op_een_zondag_tussen_22_maart_en_25_april() {
        for (int jaar = 1990; jaar <= 2300; jaar++) {
            LocalDate pasen = WerkdagenKalender.paaszondag(jaar);
            assertThat(pasen.getDayOfWeek()).as("Pasen %d", jaar).isEqualTo(DayOfWeek.SUNDAY);
            assertThat(pasen).as("Pasen %d", jaar)
                    .isBetween(LocalDate.of(jaar, 3, 22), LocalDate.of(jaar, 4, 25));
        }
    }

    @Test
    void goede_vrijdag_2026_valt_op_3_april_en_is_een_feestdag() {
        assertThat(Feestdag.GOEDE_VRIJDAG.datumIn(2026)).isEqualTo(d("2026-04-03"));
        assertThat(kalender.isFeestdag(d("2026-04-03"))).isTrue();
        assertThat(kalender.isWerkdag(d("2026-04-03"))).isFalse();
    }

    @Test
    void tweede_paasdag_2026_valt_op_6_april_en_is_geen_werkdag() {
        assertThat(Feestdag.TWEEDE_PAASDAG.datumIn(2026)).isEqualTo(d("2026-04-06"));
        assertThat(kalender.isWerkdag(d("2026-04-06"))).isFalse();
    }

    @Test
    void hemelvaartsdag_2026_valt_op_donderdag_14_mei() {
        assertThat(Feestdag.HEMELVAARTSDAG.datumIn(2026)).isEqualTo(d("2026-05-14"));
        assertThat(d("2026-05-14").getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(kalender.isWerkdag(d("2026-05-14"))).isFalse();
    }

    @Test
    void tweede_pinksterdag_2026_valt_op_maandag_25_mei() {
        assertThat(Feestdag.TWEEDE_PINKSTERDAG.datumIn(2026)).isEqualTo(d("2026-05-25"));
        assertThat(kalender.isWerkdag(d("2026-05-25"))).isFalse();
    }

    // --- Koningsdag en 5 mei ---

    @Test
    void koningsdag_valt_op_26_april_als_27_april_een_zondag_is() {
        assertThat(d("2025-04-27").getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(Feestdag.KONINGSDAG.datumIn(2025)).isEqualTo(d("2025-04-26"));
        assertThat(kalender.isFeestdag(d("2025-04-26"))).isTrue();
        assertThat(kalender.isFeestdag(d("2025-04-27"))).isFalse();
    }

    @Test
    void koningsdag_valt_op_27_april_als_dat_geen_zondag_is() {
        assertThat(Feestdag.KONINGSDAG.datumIn(2026)).isEqualTo(d("2026-04-27"));
        assertThat(kalender.isWerkdag(d("2026-04-27"))).isFalse();
        assertThat(kalender.isWerkdag(d("2026-04-28"))).isTrue();
    }

    @Test
    void voor_2014_gold_koninginnedag_op_30_april_of_29_april_als_30_april_een_zondag_was() {
        assertThat(Feestdag.KONINGSDAG.datumIn(2013)).isEqualTo(d("2013-04-30"));
        assertThat(Feestdag.KONINGSDAG.datumIn(2006)).isEqualTo(d("2006-04-29"));
    }

    @Test
    void vijf_mei_is_elk_jaar_een_feestdag_ook_buiten_lustrumjaren() {
        assertThat(d("2026-05-05").getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
        assertThat(kalender.isFeestdag(d("2026-05-05"))).isTrue();
        assertThat(kalender.isWerkdag(d("2026-05-05"))).isFalse();
        assertThat(kalender.isWerkdag(d("2027-05-05"))).isFalse();
    }

    // --- feestdagen(jaar) ---

    @Test
    void feestdagen_2026_bevat_precies_de_negen_wettelijke_feestdagen() {
        assertThat(kalender.feestdagen(2026)).containsExactly(
                d("2026-01-01"), d("2026-04-03"), d("2026-04-06"), d("2026-04-27"), d("2026-05-05"),
                d("2026-05-14"), d("2026-05-25"), d("2026-12-25"), d("2026-12-26"));
    }

    @Test
    void feestdagen_telt_een_samenvallende_feestdag_maar_een_keer() {
        // 2016: Hemelvaartsdag valt op 5 mei
        assertThat(Feestdag.HEMELVAARTSDAG.datumIn(2016)).isEqualTo(d("2016-05-05"));
        assertThat(kalender.feestdagen(2016)).hasSize(8);
    }

    @Test
    void feestdagen_bevat_ook_de_geconfigureerde_gelijkgestelde_dagen_van_dat_jaar() {
        WerkdagenKalender metKb = new WerkdagenKalender(Set.of(d("2026-05-15"), d("2027-05-07")));
        assertThat(metKb.feestdagen(2026)).contains(d("2026-05-15")).doesNotContain(d("2027-05-07")).hasSize(10);
    }

    @Test
    void feestdagen_is_niet_wijzigbaar() {
        assertThatThrownBy(() -> kalender.feestdagen(2026).add(d("2026-06-01")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void een_gewone_zaterdag_is_geen_feestdag_maar_ook_geen_werkdag() {
        assertThat(kalender.isFeestdag(d("2026-03-07"))).isFalse();
        assertThat(kalender.isWerkdag(d("2026-03-07"))).isFalse();
        assertThat(kalender.isWerkdag(d("2026-03-08"))).isFalse();
        assertThat(kalender.isWerkdag(d("2026-03-09"))).isTrue();
    }

    @Test
    void jaren_buiten_het_ondersteunde_bereik_worden_geweigerd() {
        assertThatThrownBy(() -> kalender.isWerkdag(d("1989-06-01")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1989");
        assertThatThrownBy(() -> kalender.feestdagen(1989)).isInstanceOf(IllegalArgumentException.class);
    }

    // --- plusWerkdagen ---

    @Test
    void een_werkdag_na_vrijdag_is_de_maandag_erna() {
        assertThat(kalender.plusWerkdagen(d("2026-03-06"), 1)).isEqualTo(d("2026-03-09"));
    }

    @Test
    void een_werkdag_na_een_signaal_op_zaterdag_is_maandag() {
        assertThat(kalender.plusWerkdagen(d("2026-03-07"), 1)).isEqualTo(d("2026-03-09"));
    }

    @Test
    void een_werkdag_na_donderdag_24_december_2026_is_maandag_28_december() {
        assertThat(kalender.plusWerkdagen(d("2026-12-24"), 1)).isEqualTo(d("2026-12-28"));
    }

    @Test
    void een_werkdag_na_oudejaarsdag_2026_is_maandag_4_januari_2027() {
        assertThat(kalender.plusWerkdagen(d("2026-12-31"), 1)).isEqualTo(d("2027-01-04"));
    }

    @Test
    void een_werkdag_na_witte_donderdag_2026_is_de_dinsdag_na_pasen() {
        assertThat(kalender.plusWerkdagen(d("2026-04-02"), 1)).isEqualTo(d("2026-04-07"));
    }

    @Test
    void tien_werkdagen_na_een_gewone_maandag_is_de_maandag_twee_weken_later() {
        assertThat(kalender.plusWerkdagen(d("2026-03-02"), 10)).isEqualTo(d("2026-03-16"));
    }

    @Test
    void tien_werkdagen_na_koningsdag_2026_slaat_ook_5_mei_over() {
        assertThat(kalender.plusWerkdagen(d("2026-04-27"), 10)).isEqualTo(d("2026-05-12"));
    }

    @Test
    void een_geconfigureerde_gelijkgestelde_dag_wordt_overgeslagen() {
        LocalDate vrijdagNaHemelvaart = d("2026-05-15");
        WerkdagenKalender metKb = new WerkdagenKalender(Set.of(vrijdagNaHemelvaart));

        assertThat(kalender.plusWerkdagen(d("2026-05-13"), 1)).isEqualTo(vrijdagNaHemelvaart);
        assertThat(metKb.plusWerkdagen(d("2026-05-13"), 1)).isEqualTo(d("2026-05-18"));
        assertThat(metKb.isFeestdag(vrijdagNaHemelvaart)).isTrue();
        assertThat(metKb.isWerkdag(vrijdagNaHemelvaart)).isFalse();
    }

    @Test
    void nul_werkdagen_vanaf_een_werkdag_is_dezelfde_dag() {
        assertThat(kalender.plusWerkdagen(d("2026-03-04"), 0)).isEqualTo(d("2026-03-04"));
    }

    @Test
    void nul_werkdagen_vanaf_een_niet_werkdag_is_de_eerstvolgende_werkdag() {
        assertThat(kalender.plusWerkdagen(d("2026-04-03"), 0)).isEqualTo(d("2026-04-07"));
    }

    @Test
    void een_negatief_aantal_werkdagen_wordt_geweigerd() {
        assertThatThrownBy(() -> kalender.plusWerkdagen(d("2026-03-04"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // --- werkdagenTussen ---

    @Test
    void tussen_23_december_2026_en_4_januari_2027_liggen_zes_werkdagen() {
        // 24 dec, 28-31 dec en 4 jan; 25 dec en 1 jan zijn feestdagen
        assertThat(kalender.werkdagenTussen(d("2026-12-23"), d("2027-01-04"))).isEqualTo(6);
    }

    @Test
    void het_jaar_2026_telt_253_werkdagen() {
        // 261 weekdagen, min 8 feestdagen op een weekdag (2e Kerstdag valt op zaterdag)
        assertThat(kalender.werkdagenTussen(d("2025-12-31"), d("2026-12-31"))).isEqualTo(253);
    }

    @Test
    void werkdagen_tussen_een_dag_en_zichzelf_is_nul() {
        assertThat(kalender.werkdagenTussen(d("2026-03-04"), d("2026-03-04"))).isZero();
    }

    @Test
    void werkdagen_tussen_telt_de_begindatum_niet_en_de_einddatum_wel_mee() {
        assertThat(kalender.werkdagenTussen(d("2026-03-02"), d("2026-03-03"))).isEqualTo(1);
    }

    @Test
    void werkdagen_tussen_met_einddatum_voor_begindatum_wordt_geweigerd() {
        assertThatThrownBy(() -> kalender.werkdagenTussen(d("2026-03-04"), d("2026-03-03")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void werkdagen_tussen_is_het_omgekeerde_van_plus_werkdagen() {
        WerkdagenKalender metKb = new WerkdagenKalender(Set.of(d("2026-05-15")));
        LocalDate start = d("2026-03-20"); // een vrijdag, dus zelf een werkdag
        for (int n = 0; n <= 120; n++) {
            LocalDate eind = metKb.plusWerkdagen(start, n);
            assertThat(metKb.isWerkdag(eind)).isTrue();
            assertThat(metKb.werkdagenTussen(start, eind)).as("n=%d", n).isEqualTo(n);
        }
    }

    // --- verlengTotWerkdag (art. 1 Atw) ---

    @Test
    void een_termijn_die_op_zaterdag_eindigt_wordt_verlengd_tot_maandag() {
        assertThat(kalender.verlengTotWerkdag(d("2026-03-07"))).isEqualTo(d("2026-03-09"));
    }

    @Test
    void een_termijn_die_op_paaszaterdag_eindigt_wordt_verlengd_tot_de_dinsdag_na_pasen() {
        assertThat(kalender.verlengTotWerkdag(d("2026-04-04"))).isEqualTo(d("2026-04-07"));
    }

    @Test
    void een_termijn_die_op_een_werkdag_eindigt_blijft_staan() {
        assertThat(kalender.verlengTotWerkdag(d("2026-03-04"))).isEqualTo(d("2026-03-04"));
    }

    // --- configuratie ---

    @Test
    void de_gelijkgestelde_dagen_worden_gekopieerd_en_zijn_niet_wijzigbaar() {
        Set<LocalDate> invoer = new HashSet<>(Set.of(d("2026-05-15")));
        WerkdagenKalender metKb = new WerkdagenKalender(invoer);
        invoer.add(d("2026-03-04"));

        assertThat(metKb.gelijkgesteldeDagen()).containsExactly(d("2026-05-15"));
        assertThat(metKb.isWerkdag(d("2026-03-04"))).isTrue();
        assertThatThrownBy(() -> metKb.gelijkgesteldeDagen().add(d("2026-03-05")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void de_standaard_kalender_en_de_lege_constructor_kennen_geen_gelijkgestelde_dagen() {
        assertThat(WerkdagenKalender.standaard().gelijkgesteldeDagen()).isEmpty();
        assertThat(new WerkdagenKalender().gelijkgesteldeDagen()).isEmpty();
    }
}
