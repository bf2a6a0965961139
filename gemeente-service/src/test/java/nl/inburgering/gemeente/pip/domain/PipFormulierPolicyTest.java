package nl.inburgering.gemeente.pip.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.inburgering.gemeente.pip.domain.PipFormulierPolicy.Beoordeling;
import nl.inburgering.gemeente.pip.domain.PipFormulierPolicy.PipInvoer;

class PipFormulierPolicyTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 11, 28);

    private static PipInvoer invoer(LocalDate dagtekening, String leerroute, String niveau, Integer intensiteit,
            String alfabetisering, String reden) {
        return new PipInvoer(dagtekening, leerroute, niveau, intensiteit, false, alfabetisering, false, reden);
    }

    private static List<String> velden(Beoordeling beoordeling) {
        return beoordeling.problemen().stream().map(Probleem::veld).toList();
    }

    @Test
    void een_volledig_pip_van_vandaag_is_goed_en_een_gemiste_niveau_blijft_leeg_voor_duo() {
        Beoordeling beoordeling = PipFormulierPolicy.beoordeel(invoer(VANDAAG, "B1_ROUTE", null, 12, "NVT", null),
                Pipsoort.VASTSTELLING, VANDAAG);

        assertThat(beoordeling.isGoed()).isTrue();
        Pip pip = beoordeling.pip().orElseThrow();
        assertThat(pip.leerroute()).isEqualTo(Leerroute.B1_ROUTE);
        assertThat(pip.niveau()).as("DUO vult B1 in, niet de gemeente").isNull();
        assertThat(pip.redenWijziging()).isNull();
    }

    @Test
    void een_pip_met_een_dagtekening_in_de_toekomst_is_nog_geen_beschikking() {
        Beoordeling beoordeling = PipFormulierPolicy.beoordeel(
                invoer(VANDAAG.plusDays(1), "Z_ROUTE", null, null, "A", null), Pipsoort.VASTSTELLING, VANDAAG);

        assertThat(beoordeling.problemen()).extracting(Probleem::veld, Probleem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("dagtekening", "future"));
    }

    @Test
    void elk_probleem_van_het_formulier_wordt_tegelijk_genoemd() {
        Beoordeling beoordeling = PipFormulierPolicy.beoordeel(invoer(null, "C_ROUTE", "C1", 0, "ALFA", "LUST"),
                Pipsoort.WIJZIGING, VANDAAG);

        assertThat(velden(beoordeling)).containsExactlyInAnyOrder("dagtekening", "leerroute", "niveau",
                "geschatteIntensiteitB1Route", "alfabetiseringsonderwijs", "redenWijziging");
        assertThat(beoordeling.pip()).isEmpty();
    }

    @Test
    void een_gewijzigd_pip_zonder_reden_wordt_geweigerd_en_een_eerste_pip_heeft_er_geen_nodig() {
        PipInvoer zonderReden = invoer(VANDAAG, "ONDERWIJSROUTE", "B1", null, "NVT", null);

        assertThat(velden(PipFormulierPolicy.beoordeel(zonderReden, Pipsoort.WIJZIGING, VANDAAG)))
                .containsExactly("redenWijziging");
        assertThat(PipFormulierPolicy.beoordeel(zonderReden, Pipsoort.VASTSTELLING, VANDAAG).isGoed()).isTrue();
    }

    @Test
    void de_intensiteit_ligt_tussen_1_en_9999_uur() {
        assertThat(PipFormulierPolicy.beoordeel(invoer(VANDAAG, "B1_ROUTE", null, 1, "NVT", null),
                Pipsoort.VASTSTELLING, VANDAAG).isGoed()).isTrue();
        assertThat(PipFormulierPolicy.beoordeel(invoer(VANDAAG, "B1_ROUTE", null, 9999, "NVT", null),
                Pipsoort.VASTSTELLING, VANDAAG).isGoed()).isTrue();
        assertThat(PipFormulierPolicy.beoordeel(invoer(VANDAAG, "B1_ROUTE", null, 10000, "NVT", null),
                Pipsoort.VASTSTELLING, VANDAAG).problemen()).extracting(Probleem::code).containsExactly("max");
    }

    @Test
    void de_regels_van_duo_over_niveau_en_leerroute_beoordeelt_de_gemeente_niet_zelf() {
        assertThat(PipFormulierPolicy.beoordeel(invoer(VANDAAG, "ONDERWIJSROUTE", "A2", null, "NVT", null),
                Pipsoort.VASTSTELLING, VANDAAG).isGoed()).isTrue();
    }

    @Test
    void de_z_route_mag_ook_met_de_lange_naam_van_de_contracten() {
        assertThat(PipFormulierPolicy.beoordeel(invoer(VANDAAG, "ZELFREDZAAMHEIDSROUTE", null, null, "AA", null),
                Pipsoort.VASTSTELLING, VANDAAG).pip().orElseThrow().leerroute()).isEqualTo(Leerroute.Z_ROUTE);
    }

    @Test
    void na_alleen_afgewezen_pips_is_het_volgende_pip_weer_een_eerste_vaststelling() {
        assertThat(Pipsoort.na(List.of())).isEqualTo(Pipsoort.VASTSTELLING);
        assertThat(Pipsoort.na(List.of(Registratiestatus.AFGEWEZEN, Registratiestatus.AFGEWEZEN)))
                .isEqualTo(Pipsoort.VASTSTELLING);
        assertThat(Pipsoort.na(List.of(Registratiestatus.AFGEWEZEN, Registratiestatus.VERZONDEN)))
                .isEqualTo(Pipsoort.WIJZIGING);
        assertThat(Pipsoort.na(List.of(Registratiestatus.GEREGISTREERD))).isEqualTo(Pipsoort.WIJZIGING);
    }

    @Test
    void een_dagtekening_voor_de_wet_inburgering_2021_valt_buiten_het_bereik_en_bereikt_de_werkdagenkalender_niet() {
        Beoordeling beoordeling = PipFormulierPolicy.beoordeel(
                invoer(LocalDate.of(1989, 12, 31), "Z_ROUTE", null, null, "A", null), Pipsoort.VASTSTELLING, VANDAAG);

        assertThat(beoordeling.problemen()).extracting(Probleem::veld, Probleem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("dagtekening", "range"));
    }
}
