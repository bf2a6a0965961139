package nl.inburgering.gemeente.handhaving.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.inburgering.gemeente.inburgeraar.api.Signaal;
import nl.inburgering.gemeente.inburgeraar.api.Signaalmoment;
import nl.inburgering.gemeente.inburgeraar.api.Signaalsoort;
import nl.inburgering.platform.time.WerkdagenKalender;

/** Issue 14 item 6: which signals a werkvoorraad row shows on a given day. */
class SignaalbepalingTest {

    private static final LocalDate EINDE = LocalDate.of(2029, 11, 28);
    private static final LocalDate ONTVANGEN = LocalDate.of(2026, 11, 2);

    private final Signaalbepaling bepaling = new Signaalbepaling(WerkdagenKalender.standaard());

    private static Signaalbepaling.Feiten termijn(LocalDate einde) {
        return new Signaalbepaling.Feiten(ONTVANGEN, einde, ONTVANGEN, true, List.of(), List.of(), null);
    }

    private List<Signaalsoort> soorten(Signaalbepaling.Feiten feiten, LocalDate vandaag) {
        return bepaling.bepaal(feiten, vandaag).stream().map(Signaal::soort).toList();
    }

    @Test
    void een_termijn_die_over_meer_dan_vier_weken_eindigt_geeft_geen_signaal() {
        assertThat(soorten(termijn(EINDE), EINDE.minusWeeks(4).minusDays(1))).isEmpty();
    }

    @Test
    void vier_weken_voor_de_laatste_dag_tot_en_met_die_dag_eindigt_de_termijn_binnen_vier_weken() {
        assertThat(bepaling.bepaal(termijn(EINDE), EINDE.minusWeeks(4)))
                .containsExactly(new Signaal(Signaalsoort.TERMIJN_EINDIGT_BINNEN_4_WEKEN, EINDE.minusWeeks(4)));
        assertThat(soorten(termijn(EINDE), EINDE)).containsExactly(Signaalsoort.TERMIJN_EINDIGT_BINNEN_4_WEKEN);
    }

    @Test
    void de_dag_na_de_laatste_dag_is_de_termijn_overschreden() {
        assertThat(bepaling.bepaal(termijn(EINDE), EINDE.plusDays(1)))
                .containsExactly(new Signaal(Signaalsoort.TERMIJN_OVERSCHREDEN, EINDE.plusDays(1)));
    }

    @Test
    void een_termijn_die_op_29_februari_eindigt_signaleert_vier_weken_eerder_op_1_februari() {
        LocalDate schrikkeldag = LocalDate.of(2028, 2, 29);
        assertThat(bepaling.bepaal(termijn(schrikkeldag), LocalDate.of(2028, 2, 1)))
                .containsExactly(new Signaal(Signaalsoort.TERMIJN_EINDIGT_BINNEN_4_WEKEN, LocalDate.of(2028, 2, 1)));
        assertThat(soorten(termijn(schrikkeldag), LocalDate.of(2028, 1, 31))).isEmpty();
    }

    @Test
    void de_vooraankondiging_boete_staat_tot_duo_een_boete_oplegt_of_de_termijn_wijzigt() {
        Signalering vooraankondiging = new Signalering(Signalering.VOORAANKONDIGING_BOETE, EINDE.plusDays(1), EINDE,
                null, null);
        var zonderBoete = new Signaalbepaling.Feiten(ONTVANGEN, EINDE, ONTVANGEN, true, List.of(vooraankondiging),
                List.of(), null);
        assertThat(soorten(zonderBoete, EINDE.plusDays(2))).contains(Signaalsoort.VOORAANKONDIGING_BOETE);

        var metBoete = new Signaalbepaling.Feiten(ONTVANGEN, EINDE, ONTVANGEN, true, List.of(vooraankondiging),
                List.of(new OpgelegdeBoete("B-1", new BigDecimal("500.00"), EINDE.plusWeeks(3), EINDE.plusYears(1))),
                null);
        assertThat(soorten(metBoete, EINDE.plusWeeks(3))).doesNotContain(Signaalsoort.VOORAANKONDIGING_BOETE)
                .contains(Signaalsoort.BOETE_OPGELEGD);

        var verlengd = new Signaalbepaling.Feiten(ONTVANGEN, EINDE.plusMonths(6), EINDE.plusWeeks(2), true,
                List.of(vooraankondiging), List.of(), null);
        assertThat(soorten(verlengd, EINDE.plusWeeks(2))).doesNotContain(Signaalsoort.VOORAANKONDIGING_BOETE);
    }

    @Test
    void de_opgelegde_boete_staat_gedurende_de_bezwaartermijn_van_zes_weken() {
        LocalDate beschikking = EINDE.plusWeeks(3);
        var feiten = new Signaalbepaling.Feiten(ONTVANGEN, EINDE.plusYears(1), beschikking, true, List.of(),
                List.of(new OpgelegdeBoete("B-1", new BigDecimal("500.00"), beschikking, EINDE.plusYears(1))), null);
        assertThat(bepaling.bepaal(feiten, beschikking.plusWeeks(6)))
                .containsExactly(new Signaal(Signaalsoort.BOETE_OPGELEGD, beschikking));
        assertThat(soorten(feiten, beschikking.plusWeeks(6).plusDays(1))).isEmpty();
    }

    @Test
    void tien_weken_na_ontvangst_van_de_plicht_zonder_vastgesteld_pip_is_de_leerroute_termijn_verstreken() {
        var zonderPip = new Signaalbepaling.Feiten(ONTVANGEN, null, null, false, List.of(), List.of(), null);
        assertThat(soorten(zonderPip, ONTVANGEN.plusWeeks(10).minusDays(1))).isEmpty();
        assertThat(bepaling.bepaal(zonderPip, ONTVANGEN.plusWeeks(10)))
                .containsExactly(new Signaal(Signaalsoort.TIEN_WEKEN_LEERROUTE_VERSTREKEN, ONTVANGEN.plusWeeks(10)));
        var metPip = new Signaalbepaling.Feiten(ONTVANGEN, null, null, true, List.of(), List.of(), null);
        assertThat(soorten(metPip, ONTVANGEN.plusWeeks(20))).isEmpty();
    }

    @Test
    void een_signaal_zonder_levering_van_resultaten_of_inspanning_na_tien_werkdagen_is_onbeantwoord() {
        // Friday 2029-10-26: 10 werkdagen later is Friday 2029-11-09
        LocalDate signaal = LocalDate.of(2029, 10, 26);
        var feiten = new Signaalbepaling.Feiten(ONTVANGEN, null, ONTVANGEN, true,
                List.of(new Signalering("VIER_WEKEN_VOOR_EINDE_TERMIJN", signaal, EINDE, null, null)), List.of(),
                null);
        assertThat(bepaling.uiterlijkeLeverdatum(feiten.signaleringen().get(0))).isEqualTo(LocalDate.of(2029, 11, 9));
        assertThat(soorten(feiten, LocalDate.of(2029, 11, 9))).isEmpty();
        assertThat(bepaling.bepaal(feiten, LocalDate.of(2029, 11, 10)))
                .containsExactly(new Signaal(Signaalsoort.SIGNAAL_ONBEANTWOORD, LocalDate.of(2029, 11, 10)));
    }

    @Test
    void een_signaal_waarna_de_gemeente_resultaten_of_inspanning_leverde_is_beantwoord() {
        LocalDate signaal = LocalDate.of(2029, 10, 26);
        Signalering metLeverdatum = new Signalering("VIER_WEKEN_VOOR_EINDE_TERMIJN", signaal, EINDE,
                LocalDate.of(2029, 11, 9), null);
        var geleverdNaHetSignaal = new Signaalbepaling.Feiten(ONTVANGEN, null, ONTVANGEN, true,
                List.of(metLeverdatum), List.of(), signaal);
        assertThat(soorten(geleverdNaHetSignaal, LocalDate.of(2029, 12, 1))).isEmpty();
        var geleverdDaarvoor = new Signaalbepaling.Feiten(ONTVANGEN, null, ONTVANGEN, true,
                List.of(metLeverdatum), List.of(), signaal.minusDays(1));
        assertThat(soorten(geleverdDaarvoor, LocalDate.of(2029, 12, 1)))
                .containsExactly(Signaalsoort.SIGNAAL_ONBEANTWOORD);
    }

    @Test
    void de_tien_werkdagen_na_een_signaal_slaan_feestdagen_over() {
        // Thursday 2029-12-20: Christmas (25, 26 Dec) and New Year (1 Jan) are no werkdagen
        Signalering voorKerst = new Signalering("VIER_WEKEN_VOOR_EINDE_TERMIJN", LocalDate.of(2029, 12, 20), EINDE,
                null, null);
        assertThat(bepaling.uiterlijkeLeverdatum(voorKerst)).isEqualTo(LocalDate.of(2030, 1, 8));
    }

    /**
     * Decision 0046: the stored windows are the days {@link Signaalbepaling#bepaal} gives each signal, across every
     * boundary, for facts of every kind (a termijn, a vooraankondiging with and without a boete or verlenging after
     * it, signals answered and not, DUO's uiterlijke leverdatum or the 10 werkdagen, no PIP); and on each of those
     * days the window carries the sinds the signal reports (the order on the oldest signal, third addendum).
     */
    @Test
    void de_vensters_van_elk_signaal_zijn_precies_de_dagen_waarop_het_geldt() {
        Signalering vooraankondiging = new Signalering(Signalering.VOORAANKONDIGING_BOETE, EINDE.plusDays(1), EINDE,
                null, null);
        Signalering metLeverdatum = new Signalering("VIER_WEKEN_VOOR_EINDE_TERMIJN", EINDE.minusWeeks(4), EINDE,
                EINDE.minusWeeks(2), null);
        OpgelegdeBoete boete = new OpgelegdeBoete("B-1", new BigDecimal("500.00"), EINDE.plusWeeks(3),
                EINDE.plusYears(1));
        List<Signaalbepaling.Feiten> varianten = List.of(
                new Signaalbepaling.Feiten(ONTVANGEN, EINDE, ONTVANGEN, true, List.of(), List.of(), null),
                new Signaalbepaling.Feiten(ONTVANGEN, null, null, false, List.of(), List.of(), null),
                new Signaalbepaling.Feiten(ONTVANGEN, EINDE, ONTVANGEN, false, List.of(vooraankondiging, metLeverdatum),
                        List.of(), null),
                new Signaalbepaling.Feiten(ONTVANGEN, EINDE, ONTVANGEN, true, List.of(vooraankondiging, metLeverdatum),
                        List.of(boete), EINDE.minusWeeks(3)),
                new Signaalbepaling.Feiten(ONTVANGEN, EINDE.plusMonths(6), EINDE.plusWeeks(2), true,
                        List.of(vooraankondiging), List.of(), EINDE.plusDays(2)),
                new Signaalbepaling.Feiten(null, null, null, true, List.of(metLeverdatum), List.of(boete), null));
        for (Signaalbepaling.Feiten feiten : varianten) {
            List<Signaalmoment> momenten = bepaling.momenten(feiten);
            for (LocalDate dag = ONTVANGEN.minusDays(3); !dag.isAfter(EINDE.plusYears(1)); dag = dag.plusDays(1)) {
                LocalDate vandaag = dag;
                Set<Signaal> gegeven = Set.copyOf(bepaling.bepaal(feiten, vandaag));
                Set<Signaal> inEenVenster = momenten.stream().filter(m -> m.geldtOp(vandaag))
                        .map(m -> new Signaal(m.soort(), m.sinds())).collect(Collectors.toSet());
                assertThat(inEenVenster).as("%s op %s", feiten, vandaag).isEqualTo(gegeven);
            }
        }
    }
}
