package nl.inburgering.duo.termijnbewaking.domain;

import static nl.inburgering.duo.termijnbewaking.api.Deadlinesoort.EINDE_TERMIJN;
import static nl.inburgering.duo.termijnbewaking.api.Deadlinesoort.KENNISGEVING_TWEE_MAANDEN_VOOR_EINDE;
import static nl.inburgering.duo.termijnbewaking.api.Deadlinesoort.LEVERTERMIJN_GEMEENTE;
import static nl.inburgering.duo.termijnbewaking.api.Deadlinesoort.TIEN_WEKEN_LEERROUTE;
import static nl.inburgering.duo.termijnbewaking.api.Deadlinesoort.VIER_WEKEN_NA_EINDE;
import static nl.inburgering.duo.termijnbewaking.api.Deadlinesoort.VIER_WEKEN_VOOR_EINDE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.inburgering.duo.termijnbewaking.domain.Termijnbewakingspolicy.GeplandeDeadline;
import nl.inburgering.platform.time.WerkdagenKalender;

class TermijnbewakingspolicyTest {

    /** With the days of the Besluit gelijkstelling 2026-2028 (the Friday after Hemelvaartsdag among them). */
    private final Termijnbewakingspolicy policy = new Termijnbewakingspolicy(new WerkdagenKalender(Set.of(
            d("2026-01-02"), d("2026-05-15"), d("2027-05-07"), d("2028-04-28"), d("2028-05-26"))));

    @Test
    void een_termijn_die_op_een_dinsdag_eindigt_geeft_de_kennisgeving_twee_maanden_en_het_signaal_vier_weken_voor_de_dag_erna() {
        assertThat(policy.termijndeadlines(d("2029-09-11"))).containsExactly(
                new GeplandeDeadline(KENNISGEVING_TWEE_MAANDEN_VOOR_EINDE, d("2029-07-12")),
                new GeplandeDeadline(VIER_WEKEN_VOOR_EINDE, d("2029-08-15")),
                new GeplandeDeadline(EINDE_TERMIJN, d("2029-09-12")),
                new GeplandeDeadline(VIER_WEKEN_NA_EINDE, d("2029-10-10")));
    }

    @Test
    void een_termijn_die_op_een_zaterdag_eindigt_loopt_door_tot_en_met_de_maandag_erna() {
        // 10 March 2029 is a Saturday: the termijn runs until and including Monday 12 March (Atw art. 1 lid 1)
        assertThat(policy.laatsteDag(d("2029-03-10"))).isEqualTo(d("2029-03-12"));
        assertThat(policy.termijndeadlines(d("2029-03-10"))).containsExactly(
                new GeplandeDeadline(KENNISGEVING_TWEE_MAANDEN_VOOR_EINDE, d("2029-01-13")),
                new GeplandeDeadline(VIER_WEKEN_VOOR_EINDE, d("2029-02-13")),
                new GeplandeDeadline(EINDE_TERMIJN, d("2029-03-13")),
                new GeplandeDeadline(VIER_WEKEN_NA_EINDE, d("2029-04-10")));
    }

    @Test
    void een_termijn_die_op_hemelvaartsdag_eindigt_loopt_over_de_gelijkgestelde_vrijdag_en_het_weekend_door_tot_maandag() {
        // Hemelvaartsdag 14 May 2026; Friday 15 May gelijkgesteld by the besluit; the termijn ends Monday 18 May
        assertThat(policy.termijndeadlines(d("2026-05-14"))).contains(
                new GeplandeDeadline(EINDE_TERMIJN, d("2026-05-19")));
        Termijnbewakingspolicy zonderBesluit = new Termijnbewakingspolicy(WerkdagenKalender.standaard());
        assertThat(zonderBesluit.termijndeadlines(d("2026-05-14"))).as("zonder het besluit een werkdag te vroeg")
                .contains(new GeplandeDeadline(EINDE_TERMIJN, d("2026-05-16")));
    }

    @Test
    void een_termijn_die_op_eerste_kerstdag_eindigt_loopt_door_tot_de_eerste_werkdag_erna() {
        // 25 December 2028 Monday, 26 December Tuesday: the termijn ends Wednesday 27 December
        assertThat(policy.laatsteDag(d("2028-12-25"))).isEqualTo(d("2028-12-27"));
    }

    @Test
    void een_termijn_die_op_29_februari_eindigt_geeft_de_kennisgeving_op_nieuwjaarsdag_en_het_einde_op_1_maart() {
        // 29 February 2028 is a Tuesday; einde 1 March; two months earlier is 1 January
        assertThat(policy.termijndeadlines(d("2028-02-29"))).containsExactly(
                new GeplandeDeadline(KENNISGEVING_TWEE_MAANDEN_VOOR_EINDE, d("2028-01-01")),
                new GeplandeDeadline(VIER_WEKEN_VOOR_EINDE, d("2028-02-02")),
                new GeplandeDeadline(EINDE_TERMIJN, d("2028-03-01")),
                new GeplandeDeadline(VIER_WEKEN_NA_EINDE, d("2028-03-29")));
    }

    @Test
    void een_termijn_die_op_28_februari_van_een_schrikkeljaar_eindigt_is_overschreden_op_29_februari() {
        assertThat(policy.termijndeadlines(d("2028-02-28"))).contains(
                new GeplandeDeadline(KENNISGEVING_TWEE_MAANDEN_VOOR_EINDE, d("2027-12-29")),
                new GeplandeDeadline(EINDE_TERMIJN, d("2028-02-29")));
    }

    @Test
    void een_termijn_van_een_pip_van_29_februari_die_op_een_zondag_eindigt_loopt_door_tot_maandag_1_maart() {
        // PIP dagtekening 29 February 2024: the termijn ends 28 February 2027, a Sunday
        assertThat(policy.termijndeadlines(d("2027-02-28"))).contains(
                new GeplandeDeadline(EINDE_TERMIJN, d("2027-03-02")),
                new GeplandeDeadline(VIER_WEKEN_NA_EINDE, d("2027-03-30")));
    }

    @Test
    void de_gemeente_heeft_na_een_signaal_tien_werkdagen_en_de_levertermijn_verstrijkt_de_dag_erna() {
        // signal on Wednesday 6 May 2026: 7 (1), 8 (2), 11-13 (5), 14 Hemelvaart and 15 gelijkgesteld skipped,
        // 18-22 (10)
        assertThat(policy.uiterlijkeLeverdatum(d("2026-05-06"))).isEqualTo(d("2026-05-22"));
        assertThat(policy.levertermijnGemeente(d("2026-05-06")))
                .isEqualTo(new GeplandeDeadline(LEVERTERMIJN_GEMEENTE, d("2026-05-23")));
    }

    @Test
    void een_signaal_op_een_zaterdag_telt_de_tien_werkdagen_vanaf_maandag() {
        assertThat(policy.uiterlijkeLeverdatum(d("2029-03-10"))).isEqualTo(d("2029-03-23"));
    }

    @Test
    void tien_weken_nadat_de_plicht_de_gemeente_bereikte_had_de_leerroute_er_moeten_zijn() {
        assertThat(policy.tienWekenLeerroute(d("2026-12-06")))
                .isEqualTo(new GeplandeDeadline(TIEN_WEKEN_LEERROUTE, d("2027-02-14")));
    }

    private static LocalDate d(String datum) {
        return LocalDate.parse(datum);
    }
}
