package nl.inburgering.keten.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;

class InstellingenTest {

    @Test
    void standaard_draaien_de_diensten_samen_in_een_jvm() {
        assertThat(Instellingen.parse().aparteProcessen()).isFalse();
    }

    @Test
    void met_aparte_processen_draait_elke_dienst_in_een_eigen_jvm_ook_bij_de_korte_wachttijden_van_de_rooktest() {
        Instellingen instellingen = Instellingen.parse("--aparte-processen", "--personen=12");

        assertThat(instellingen.aparteProcessen()).isTrue();
        assertThat(instellingen.metKorteWachttijden().aparteProcessen()).isTrue();
        assertThat(instellingen.personen()).isEqualTo(12);
    }

    @Test
    void standaard_gaat_elke_golf_zo_snel_als_de_clients_antwoord_krijgen() {
        assertThat(Instellingen.parse().belasting()).isInstanceOf(Belasting.ZoSnelMogelijk.class);
        assertThat(Instellingen.parse("--rate=0").belasting()).isInstanceOf(Belasting.ZoSnelMogelijk.class);
    }

    @Test
    void met_rate_krijgt_elke_golf_hetzelfde_aantal_personen_per_seconde() {
        Belasting belasting = Instellingen.parse("--rate=2").belasting();

        assertThat(belasting).isEqualTo(new Belasting.Vast(2));
        assertThat(Belasting.GOLVEN).allSatisfy(golf -> assertThat(belasting.rate(golf)).isEqualTo(2.0));
    }

    @Test
    void met_belasting_en_verzadiging_krijgt_elke_golf_een_fractie_van_zijn_eigen_verzadiging(@TempDir Path map)
            throws IOException {
        Path vol = verzadigingsrapport(map);

        Instellingen instellingen = Instellingen.parse("--personen=400", "--belasting=0.5", "--verzadiging=" + vol);

        assertThat(instellingen.belasting()).isInstanceOfSatisfying(Belasting.PerGolf.class, b -> {
            assertThat(b.fractie()).isEqualTo(0.5);
            assertThat(b.verzadiging()).isEqualTo(vol);
        });
        // wave 1: 20 persons delivered after 10 s; wave 2: 4 persons after 8 s
        assertThat(instellingen.belasting().rate("1")).isCloseTo(1.0, within(1e-9));
        assertThat(instellingen.belasting().rate("2")).isCloseTo(0.25, within(1e-9));
        assertThat(instellingen.metKorteWachttijden().belasting()).isEqualTo(instellingen.belasting());
    }

    @Test
    void belasting_zonder_verzadiging_is_een_gebruiksfout() {
        assertThatThrownBy(() -> Instellingen.parse("--belasting=0.5")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--belasting needs --verzadiging=PATH");
    }

    @Test
    void verzadiging_zonder_belasting_is_een_gebruiksfout(@TempDir Path map) throws IOException {
        Path vol = verzadigingsrapport(map);

        assertThatThrownBy(() -> Instellingen.parse("--verzadiging=" + vol))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--verzadiging needs --belasting=F");
    }

    @Test
    void belasting_en_rate_samen_is_een_gebruiksfout_ook_in_omgekeerde_volgorde(@TempDir Path map) throws IOException {
        Path vol = verzadigingsrapport(map);

        for (List<String> args : List.of(List.of("--belasting=0.5", "--verzadiging=" + vol, "--rate=2"),
                List.of("--rate=2", "--belasting=0.5", "--verzadiging=" + vol))) {
            assertThatThrownBy(() -> Instellingen.parse(args.toArray(String[]::new))).as(args.toString())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("--belasting and --rate exclude each other");
        }
    }

    @Test
    void een_belasting_buiten_nul_tot_en_met_een_of_geen_getal_is_een_gebruiksfout(@TempDir Path map)
            throws IOException {
        Path vol = verzadigingsrapport(map);

        for (String fractie : List.of("0", "-0.5", "1.5", "NaN")) {
            assertThatThrownBy(() -> Instellingen.parse("--belasting=" + fractie, "--verzadiging=" + vol))
                    .as(fractie).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("--belasting must be a fraction more than 0 and at most 1");
        }
        assertThatThrownBy(() -> Instellingen.parse("--belasting=half", "--verzadiging=" + vol))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--belasting must be a number: half");
        assertThat(Instellingen.parse("--belasting=1", "--verzadiging=" + vol).belasting().rate("1"))
                .isCloseTo(2.0, within(1e-9));
    }

    @Test
    void een_negatieve_rate_of_een_rate_die_geen_getal_is_is_een_gebruiksfout() {
        assertThatThrownBy(() -> Instellingen.parse("--rate=-1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot be negative");
        assertThatThrownBy(() -> Instellingen.parse("--rate=snel")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--rate must be a number: snel");
    }

    @Test
    void de_hulptekst_noemt_belasting_en_verzadiging_met_een_voorbeeld() {
        assertThat(Instellingen.gebruik()).contains("--belasting=F", "--verzadiging=PATH",
                "--zonder-miljoen --rapport=/tmp/vol.json", "--belasting=0.5");
    }

    /** A saturation run's report: wave 1 20 persons delivered after 10 s, wave 2 4 after 8 s, the others 10 after 5 s. */
    private static Path verzadigingsrapport(Path map) throws IOException {
        List<Map<String, Object>> golven = KetenBenchmark.GOLFNAMEN.stream().map(naam -> Map.<String, Object>of(
                "golf", naam,
                "personen", naam.startsWith("1 ") ? 20 : naam.startsWith("2 ") ? 4 : 10,
                "afgeleverdNaSeconden", naam.startsWith("1 ") ? 10.0 : naam.startsWith("2 ") ? 8.0 : 5.0)).toList();
        Map<String, Object> rapport = Map.of("instellingen", Map.of("rate", "as fast as possible"),
                "keten", Map.of("golven", golven));
        return Files.writeString(map.resolve("vol.json"), JsonMapper.builder().build().writeValueAsString(rapport));
    }
}
