package nl.inburgering.keten.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The collector's pauses of this JVM, and which slow events had one in their flight. */
class GcPauzesTest {

    private static final Instant T = Instant.parse("2026-12-07T18:00:00Z");

    private static GcPauzes.Pauze pauze(long naMs, long ms) {
        return new GcPauzes.Pauze(T.plusMillis(naMs), Duration.ofMillis(ms), "G1 Young Generation",
                "G1 Evacuation Pause");
    }

    @Test
    void een_gevraagde_collectie_wordt_als_pauze_van_deze_jvm_opgetekend_met_haar_collector_en_oorzaak() {
        Instant voor = Instant.now();
        try (GcPauzes gc = GcPauzes.start()) {
            System.gc();
            await().atMost(Duration.ofSeconds(10)).until(() -> !gc.pauzes().isEmpty());
            GcPauzes.Pauze pauze = gc.pauzes().get(0);
            assertThat(pauze.oorzaak()).isEqualTo("System.gc()");
            assertThat(pauze.collector()).isNotBlank();
            // the JMX clock counts from the JVM's start in whole milliseconds: the wall clock within a second
            assertThat(pauze.begin()).isBetween(voor.minusSeconds(1), Instant.now().plusSeconds(1));
        }
    }

    @Test
    void na_het_sluiten_telt_een_collectie_niet_meer_mee() {
        GcPauzes gc = GcPauzes.start();
        gc.close();
        System.gc();
        assertThat(gc.pauzes()).isEmpty();
    }

    @Test
    void een_collector_die_naast_de_toepassing_werkt_is_geen_pauze() {
        assertThat(GcPauzes.pauzeert("G1 Young Generation")).isTrue();
        assertThat(GcPauzes.pauzeert("G1 Old Generation")).isTrue();
        assertThat(GcPauzes.pauzeert("ZGC Pauses")).isTrue();
        assertThat(GcPauzes.pauzeert("ZGC Cycles")).isFalse();
        assertThat(GcPauzes.pauzeert("G1 Concurrent GC")).isFalse();
    }

    @Test
    void een_event_heeft_een_pauze_in_zijn_vlucht_als_die_tussen_opslaan_en_toepassen_valt_ook_deels() {
        GcPauzes.Vluchten vluchten = new GcPauzes.Vluchten(List.of(pauze(100, 50), pauze(1_000, 80)));

        assertThat(vluchten.pauzeTijdens(T.plusMillis(90), T.plusMillis(170))).as("de pauze helemaal erin").isTrue();
        assertThat(vluchten.pauzeTijdens(T.plusMillis(120), T.plusMillis(200))).as("erin begonnen").isTrue();
        assertThat(vluchten.pauzeTijdens(T.plusMillis(40), T.plusMillis(110))).as("erin geëindigd").isTrue();
        assertThat(vluchten.pauzeTijdens(T.plusMillis(1_050), T.plusMillis(1_060))).as("binnen de tweede").isTrue();
        assertThat(vluchten.pauzeTijdens(T.plusMillis(160), T.plusMillis(990))).as("tussen de pauzes").isFalse();
        assertThat(vluchten.pauzeTijdens(T, T.plusMillis(100))).as("eindigt als de pauze begint").isFalse();
        assertThat(vluchten.pauzeTijdens(T.plusMillis(2_000), T.plusMillis(2_100))).as("na de laatste").isFalse();
        assertThat(new GcPauzes.Vluchten(List.of()).pauzeTijdens(T, T.plusSeconds(1))).as("geen pauzes").isFalse();
    }

    @Test
    void de_samenvatting_geeft_aantal_totaal_percentielen_en_de_langste_met_hun_moment_in_de_run() {
        List<GcPauzes.Pauze> pauzes = List.of(pauze(1_000, 10), pauze(2_000, 90), pauze(3_000, 20), pauze(4_500, 30));

        Map<String, Object> s = GcPauzes.samenvatting(pauzes, T, Duration.ofSeconds(10));

        assertThat(s).containsEntry("pauzes", 4).containsEntry("totaalMs", 150L).containsEntry("procentVanDeRun", 1.5);
        assertThat(s.get("duurMs")).isInstanceOfSatisfying(Map.class, duur -> assertThat(duur)
                .containsEntry("p50", 20.0).containsEntry("p99", 90.0).containsEntry("max", 90.0));
        assertThat(s.get("perCollectorEnOorzaak")).isEqualTo(Map.of("G1 Young Generation: G1 Evacuation Pause", 4L));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> langste = (List<Map<String, Object>>) s.get("langste");
        assertThat(langste).first().satisfies(l -> assertThat(l).containsEntry("ms", 90L).containsEntry("naSeconden", 2.0));
        assertThat(langste).hasSize(4);
    }
}
