package nl.inburgering.keten.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * Wave 4 (the leerroute, §5, §15.5): who bought the lessons decides the route of the inspanning (#18), so the
 * benchmark runs both routes.
 */
class LeerrouteGolfTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 12, 6);

    @Test
    void de_lessen_van_een_asielstatushouder_koopt_zijn_gemeente_en_zijn_inspanning_gaat_via_die_gemeente() {
        Persoon asielstatushouder = persoon("asielstatushouder (AZC, §3.3)");

        assertThat(asielstatushouder.inspanningViaGemeente()).isTrue();
        assertThat(asielstatushouder.cursistJson(VANDAAG)).contains("\"contractpartij\":\"GEMEENTE\"")
                .contains("\"gemeentecode\":\"" + asielstatushouder.gemeenteVanPlicht() + "\"");
    }

    @Test
    void een_gezinsmigrant_koopt_zijn_lessen_zelf_en_zijn_inspanning_gaat_rechtstreeks_naar_duo() {
        for (String profiel : new String[] { "gezinshereniger", "gezinshereniger bij asielstatushouder",
                "gezinsvormer", "geestelijk bedienaar", "overig niet-tijdelijk" }) {
            Persoon migrant = persoon(profiel);

            assertThat(migrant.inspanningViaGemeente()).as(profiel).isFalse();
            assertThat(migrant.cursistJson(VANDAAG)).as(profiel).contains("\"contractpartij\":\"INBURGERAAR\"")
                    .doesNotContain("gemeentecode");
        }
    }

    @Test
    void in_de_z_route_schrijft_de_instelling_hem_in_zonder_taalniveau() {
        Persoon zRoute = java.util.stream.IntStream.range(0, 500).mapToObj(i -> Persoon.maak(i, "999990019", VANDAAG))
                .filter(Persoon::zRoute).findFirst().orElseThrow();

        assertThat(zRoute.cursistJson(VANDAAG)).contains("\"leerroute\":\"Z_ROUTE\"").contains("\"taalniveau\":null");
    }

    @Test
    void de_pvt_en_de_map_vallen_in_de_inburgeringstermijn_die_de_dag_na_de_dagtekening_van_het_pip_begint() {
        Persoon persoon = persoon("gezinsvormer");

        assertThat(persoon.pipJson(VANDAAG)).contains("\"dagtekening\":\"" + VANDAAG.minusDays(1) + "\"");
        assertThat(persoon.pvtJson(VANDAAG)).contains(VANDAAG.toString());
        assertThat(persoon.mapJson(VANDAAG)).contains(VANDAAG.toString());
    }

    @Test
    void duo_legt_een_examen_vast_op_het_niveau_van_zijn_leerroute() {
        assertThat(persoon("gezinsvormer").examenJson()).contains("\"onderdeel\":\"LE\"").contains("\"niveau\":\"B1\"");
        Persoon zRoute = java.util.stream.IntStream.range(0, 500).mapToObj(i -> Persoon.maak(i, "999990019", VANDAAG))
                .filter(Persoon::zRoute).findFirst().orElseThrow();
        assertThat(zRoute.examenJson()).contains("\"niveau\":\"A2\"");
    }

    @Test
    void voor_voldaan_legt_duo_de_overige_onderdelen_van_de_b1_route_vast_knm_zonder_niveau_de_andere_op_b1() {
        Persoon persoon = persoon("gezinsvormer");

        assertThat(Persoon.OVERIGE_ONDERDELEN_B1_ROUTE).containsExactly("KNM", "LU", "SC", "SP");
        assertThat(persoon.examenJson("KNM")).contains("\"onderdeel\":\"KNM\"").doesNotContain("niveau");
        for (String onderdeel : new String[] { "LU", "SC", "SP" }) {
            assertThat(persoon.examenJson(onderdeel)).as(onderdeel)
                    .contains("\"onderdeel\":\"" + onderdeel + "\"").contains("\"niveau\":\"B1\"");
        }
    }

    @Test
    void golf_5_neemt_alleen_wie_in_de_b1_route_zijn_examen_pvt_en_map_haalde_de_z_route_en_wie_leent_blijven_staan() {
        java.util.List<Persoon> personen = java.util.stream.IntStream.range(0, 60)
                .mapToObj(i -> Persoon.maak(i, String.valueOf(100_000_000 + i), VANDAAG)).filter(Persoon::plichtig)
                .toList();
        Persoon nietGehaald = personen.stream().filter(p -> !p.zRoute() && p.wijziging() == null && !p.lening())
                .findFirst().orElseThrow();
        java.util.Set<String> vierB = new java.util.HashSet<>();
        personen.stream().filter(p -> p != nietGehaald).forEach(p -> vierB.add(p.bsn()));

        java.util.List<Persoon> golf5 = Aanvoer.voorVoldaan(personen, vierB);

        // wave 8's borrowers stay plichtig: DUO lends and pays only while the plicht runs
        assertThat(golf5).isNotEmpty().noneMatch(Persoon::zRoute).doesNotContain(nietGehaald)
                .noneMatch(p -> p.wijziging() != null).noneMatch(Persoon::lening)
                .hasSize((int) personen.stream().filter(p -> !p.zRoute() && p.wijziging() == null && !p.lening()
                        && p != nietGehaald).count());
        assertThat(personen).anyMatch(Persoon::zRoute).anyMatch(Persoon::lening);
    }

    @Test
    void golf_6_neemt_wie_golf_5_oversloeg_elke_tiende_een_vrijstelling_plus_een_medisch_plus_twee_bio_plus_drie_intrekking() {
        java.util.List<Persoon> personen = java.util.stream.IntStream.range(0, 60)
                .mapToObj(i -> Persoon.maak(i, String.valueOf(100_000_000 + i), VANDAAG)).filter(Persoon::plichtig)
                .toList();
        java.util.Set<String> vierB = new java.util.HashSet<>();
        personen.forEach(p -> vierB.add(p.bsn()));

        java.util.List<Persoon> golf6 = Aanvoer.voorWijziging(personen, vierB);

        assertThat(golf6).isNotEmpty().allMatch(p -> p.nummer() % 10 < 4)
                .hasSize((int) personen.stream().filter(p -> p.nummer() % 10 < 4).count());
        assertThat(golf6).doesNotContainAnyElementsOf(Aanvoer.voorVoldaan(personen, vierB));
        assertThat(Persoon.maak(30, "999990019", VANDAAG).wijziging()).isEqualTo(Persoon.Wijziging.VRIJSTELLING);
        assertThat(Persoon.maak(41, "999990019", VANDAAG).wijziging()).isEqualTo(Persoon.Wijziging.MEDISCHE_ONTHEFFING);
        assertThat(Persoon.maak(52, "999990019", VANDAAG).wijziging()).isEqualTo(Persoon.Wijziging.BIO_ONTHEFFING);
        assertThat(Persoon.maak(63, "999990019", VANDAAG).wijziging())
                .isEqualTo(Persoon.Wijziging.INTREKKING_VERBLIJFSRECHT);
        assertThat(Persoon.maak(74, "999990019", VANDAAG).wijziging()).isNull();
    }

    @Test
    void de_gedeeltelijke_vrijstelling_geldt_lezen_op_b1_en_de_intrekking_beeindigt_het_verblijfsrecht_vandaag() {
        Persoon persoon = persoon("gezinsvormer");

        assertThat(persoon.vrijstellingsaanvraagJson()).contains("\"soort\":\"GEDEELTELIJK\"")
                .contains("{\"onderdeel\":\"LE\",\"niveau\":\"B1\"}").contains(persoon.bsn());
        assertThat(Persoon.vrijstellingsbeslissingJson()).contains("\"oordeel\":\"TOEKENNING\"")
                .contains("{\"onderdeel\":\"LE\",\"niveau\":\"B1\"}");
        assertThat(Persoon.intrekkingJson(VANDAAG)).contains("VERBLIJFSRECHT_BEEINDIGD").contains(VANDAAG.toString());
    }

    private static Persoon persoon(String profiel) {
        return java.util.stream.IntStream.range(0, 500).mapToObj(i -> Persoon.maak(i, "999990019", VANDAAG))
                .filter(p -> Persoon.profiel(p.nummer()).naam().equals(profiel)).findFirst().orElseThrow();
    }
}
