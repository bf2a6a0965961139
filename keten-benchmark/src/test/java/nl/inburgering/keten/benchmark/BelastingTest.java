package nl.inburgering.keten.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;

class BelastingTest {

    @TempDir
    Path map;

    @Test
    void elke_golf_krijgt_de_fractie_van_het_tempo_waarin_de_keten_hem_in_de_verzadigingsrun_afleverde() throws IOException {
        Map<String, double[]> golven = elkeGolf(100, 50);
        golven.put("3a", new double[] {20, 10});
        golven.put("8b", new double[] {3, 12});
        Path verzadiging = verzadigingsrapport("as fast as possible", golven);

        Belasting.PerGolf belasting = Belasting.uitVerzadiging(0.5, verzadiging);

        // 20 persons delivered 10 s after the wave's first call: 2 persons/s at saturation, half of it 1.0
        assertThat(belasting.rate("3a")).isCloseTo(1.0, within(1e-9));
        assertThat(belasting.rate("8b")).isCloseTo(0.125, within(1e-9));
        assertThat(belasting.rate("1")).isCloseTo(1.0, within(1e-9));
        assertThat(belasting.fractie()).isEqualTo(0.5);
        assertThat(belasting.verzadiging()).isEqualTo(verzadiging);
    }

    @Test
    void het_rapport_noemt_de_rate_per_golf_de_fractie_en_het_verzadigingsrapport() throws IOException {
        Path verzadiging = verzadigingsrapport("as fast as possible", elkeGolf(30, 40));

        Map<String, Object> instellingen = Belasting.uitVerzadiging(0.4, verzadiging).alsRapport();

        assertThat(instellingen).containsOnlyKeys("rate", "belasting", "verzadiging")
                .containsEntry("belasting", 0.4).containsEntry("verzadiging", verzadiging.toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> rates = (Map<String, Object>) instellingen.get("rate");
        assertThat(rates.keySet()).containsExactlyElementsOf(Belasting.GOLVEN);
        assertThat(rates.values()).containsOnly(0.3);
    }

    @Test
    void een_golf_die_het_verzadigingsrapport_niet_heeft_wordt_bij_naam_geweigerd() throws IOException {
        Map<String, double[]> golven = elkeGolf(100, 50);
        golven.remove("7b");
        golven.remove("8a");
        Path verzadiging = verzadigingsrapport("as fast as possible", golven);

        assertThatThrownBy(() -> Belasting.uitVerzadiging(0.5, verzadiging))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(verzadiging.toString())
                .hasMessageContaining("no wave 7b, 8a in keten.golven");
    }

    @Test
    void een_golf_zonder_personen_of_zonder_afleveringstijd_geeft_geen_verzadigingsrate_en_wordt_geweigerd()
            throws IOException {
        Map<String, double[]> golven = elkeGolf(100, 50);
        golven.put("6", new double[] {0, 0.4});
        golven.put("2", new double[] {12, 0});
        Path verzadiging = verzadigingsrapport("as fast as possible", golven);

        assertThatThrownBy(() -> Belasting.uitVerzadiging(0.5, verzadiging))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no saturation rate of wave 2 (12 persons, delivered after 0.0 s), 6 (0 persons");
    }

    @Test
    void het_rapport_van_een_run_met_een_rate_is_geen_verzadigingsrun_en_wordt_geweigerd() throws IOException {
        Path metRate = verzadigingsrapport(2.0, elkeGolf(100, 50));

        assertThatThrownBy(() -> Belasting.uitVerzadiging(0.5, metRate))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a saturation run").hasMessageContaining("instellingen.rate is 2.0");
    }

    @Test
    void het_rapport_van_een_run_met_belasting_is_evenmin_een_verzadigingsrun() throws IOException {
        Path verzadiging = verzadigingsrapport("as fast as possible", elkeGolf(100, 50));
        Path metBelasting = verzadigingsrapport(Belasting.uitVerzadiging(0.5, verzadiging).alsRapport().get("rate"),
                elkeGolf(100, 100));

        assertThatThrownBy(() -> Belasting.uitVerzadiging(0.5, metBelasting))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a saturation run");
    }

    @Test
    void een_onleesbaar_of_ontbrekend_verzadigingsrapport_wordt_met_zijn_pad_geweigerd() throws IOException {
        Path kapot = Files.writeString(map.resolve("kapot.json"), "{\"keten\": ");
        Path weg = map.resolve("bestaat-niet.json");

        assertThatThrownBy(() -> Belasting.uitVerzadiging(0.5, kapot)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot read the saturation report " + kapot);
        assertThatThrownBy(() -> Belasting.uitVerzadiging(0.5, weg)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot read the saturation report " + weg);
    }

    @Test
    void een_vaste_rate_geldt_voor_elke_golf_en_zo_snel_mogelijk_is_geen_rate() {
        Belasting vast = new Belasting.Vast(2.5);
        Belasting zoSnelMogelijk = new Belasting.ZoSnelMogelijk();

        for (String golf : Belasting.GOLVEN) {
            assertThat(vast.rate(golf)).as(golf).isEqualTo(2.5);
            assertThat(zoSnelMogelijk.rate(golf)).as(golf).isZero();
        }
        assertThat(vast.alsRapport()).containsExactly(Map.entry("rate", 2.5));
        assertThat(zoSnelMogelijk.alsRapport()).containsExactly(Map.entry("rate", "as fast as possible"));
        assertThatThrownBy(() -> vast.rate("9")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("9");
    }

    @Test
    void elke_golf_van_het_rapport_begint_met_een_id_dat_de_belasting_kent_in_dezelfde_volgorde() {
        assertThat(KetenBenchmark.GOLFNAMEN.stream().map(Belasting::golf).toList())
                .containsExactlyElementsOf(Belasting.GOLVEN);
    }

    /** Every wave with the same persons and delivery time, in a map to change one in. */
    private static Map<String, double[]> elkeGolf(double personen, double afgeleverdNaSeconden) {
        Map<String, double[]> golven = new LinkedHashMap<>();
        Belasting.GOLVEN.forEach(g -> golven.put(g, new double[] {personen, afgeleverdNaSeconden}));
        return golven;
    }

    /** A report as the benchmark writes it, with only what a later --belasting reads. */
    private Path verzadigingsrapport(Object rate, Map<String, double[]> golven) throws IOException {
        List<Map<String, Object>> lijst = new ArrayList<>();
        golven.forEach((id, g) -> {
            Map<String, Object> golf = new LinkedHashMap<>();
            golf.put("golf", KetenBenchmark.GOLFNAMEN.get(Belasting.GOLVEN.indexOf(id)));
            golf.put("personen", (int) g[0]);
            golf.put("geslaagd", (int) g[0]);
            golf.put("aanroepenSeconden", g[1] / 2);
            golf.put("afgeleverdNaSeconden", g[1]);
            lijst.add(golf);
        });
        Map<String, Object> rapport = Map.of("instellingen", Map.of("personen", 400, "rate", rate),
                "keten", Map.of("golven", lijst));
        return Files.writeString(Files.createTempFile(map, "vol", ".json"),
                JsonMapper.builder().build().writeValueAsString(rapport));
    }
}
