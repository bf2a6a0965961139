package nl.inburgering.instelling.cursist.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.inburgering.instelling.cursist.api.Contractpartij;
import nl.inburgering.instelling.cursist.api.Leerroute;
import nl.inburgering.instelling.cursist.domain.InschrijvingPolicy.Beoordeling;
import nl.inburgering.instelling.cursist.domain.InschrijvingPolicy.InschrijvingInvoer;
import nl.inburgering.platform.bsn.Bsn;

class InschrijvingPolicyTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 12, 6);
    private static final List<String> GEMEENTEN = List.of("0363", "0599");
    private static final Bsn BSN = Bsn.of("999990019");

    private static InschrijvingInvoer invoer(String leerroute, String taalniveau, Boolean taalschakeltraject,
            String contractpartij, String gemeentecode, LocalDate inschrijving, LocalDate start, LocalDate einde) {
        return new InschrijvingInvoer(BSN, null, leerroute, taalniveau, taalschakeltraject, contractpartij,
                gemeentecode, inschrijving, start, einde);
    }

    private static Beoordeling beoordeel(InschrijvingInvoer invoer) {
        return InschrijvingPolicy.beoordeel("12345", invoer, VANDAAG, GEMEENTEN);
    }

    private static List<String> velden(Beoordeling beoordeling) {
        return beoordeling.problemen().stream().map(Probleem::veld).toList();
    }

    @Test
    void een_asielstatushouder_wiens_lessen_amsterdam_inkocht_wordt_ingeschreven_met_de_gemeente() {
        Beoordeling beoordeling = beoordeel(invoer("B1_ROUTE", "B1", false, "GEMEENTE", "0363",
                VANDAAG.minusDays(3), VANDAAG.plusDays(4), VANDAAG.plusYears(1)));

        assertThat(beoordeling.isGoed()).isTrue();
        Inschrijving inschrijving = beoordeling.inschrijving().orElseThrow();
        assertThat(inschrijving.contractpartij()).isEqualTo(Contractpartij.GEMEENTE);
        assertThat(inschrijving.gemeentecode()).isEqualTo("0363");
        assertThat(inschrijving.leerroute()).isEqualTo(Leerroute.B1_ROUTE);
        assertThat(inschrijving.instellingsnummer()).isEqualTo("12345");
    }

    @Test
    void een_gezinsmigrant_die_zelf_inkocht_heeft_geen_gemeente_als_contractpartij() {
        assertThat(beoordeel(invoer("ONDERWIJSROUTE", null, true, "INBURGERAAR", null, VANDAAG, VANDAAG, null))
                .isGoed()).isTrue();
        assertThat(velden(beoordeel(invoer("B1_ROUTE", "B1", false, "INBURGERAAR", "0363", VANDAAG, VANDAAG,
                null)))).containsExactly("gemeentecode");
    }

    @Test
    void contractpartij_gemeente_vraagt_een_aangesloten_gemeente() {
        assertThat(beoordeel(invoer("B1_ROUTE", "B1", false, "GEMEENTE", null, VANDAAG, VANDAAG, null))
                .problemen()).extracting(Probleem::code).containsExactly("required");
        assertThat(beoordeel(invoer("B1_ROUTE", "B1", false, "GEMEENTE", "363", VANDAAG, VANDAAG, null))
                .problemen()).extracting(Probleem::code).containsExactly("format");
        assertThat(beoordeel(invoer("B1_ROUTE", "B1", false, "GEMEENTE", "9999", VANDAAG, VANDAAG, null))
                .problemen()).extracting(Probleem::code).containsExactly("unknown");
    }

    @Test
    void een_formulier_vol_fouten_noemt_elk_probleem() {
        Beoordeling beoordeling = beoordeel(new InschrijvingInvoer(null, InschrijvingPolicy.BSN_ONGELDIG, "C_ROUTE",
                "C1", null, "SZW", null, VANDAAG.plusDays(1), VANDAAG, VANDAAG.minusDays(1)));

        assertThat(velden(beoordeling)).containsExactlyInAnyOrder("bsn", "leerroute", "taalniveau",
                "contractpartij", "datumInschrijving", "startdatum", "verwachteEinddatum");
        assertThat(beoordeling.inschrijving()).isEmpty();
    }

    @Test
    void een_leeg_formulier_noemt_elk_verplicht_veld() {
        Beoordeling beoordeling = beoordeel(new InschrijvingInvoer(null, InschrijvingPolicy.BSN_VERPLICHT, null,
                null, null, null, null, null, null, null));

        assertThat(velden(beoordeling)).containsExactlyInAnyOrder("bsn", "leerroute", "contractpartij",
                "datumInschrijving", "startdatum");
        assertThat(beoordeling.problemen()).extracting(Probleem::code).containsOnly("required");
    }

    @Test
    void de_datums_zijn_samenhangend_inschrijving_dan_start_dan_einde() {
        assertThat(velden(beoordeel(invoer("B1_ROUTE", null, false, "INBURGERAAR", null, VANDAAG,
                VANDAAG.minusDays(1), null)))).containsExactly("startdatum");
        assertThat(velden(beoordeel(invoer("B1_ROUTE", null, false, "INBURGERAAR", null, VANDAAG, VANDAAG,
                VANDAAG)))).containsExactly("verwachteEinddatum");
        assertThat(velden(beoordeel(invoer("B1_ROUTE", null, false, "INBURGERAAR", null,
                LocalDate.of(2021, 12, 31), LocalDate.of(2022, 1, 3), null)))).containsExactly("datumInschrijving");
    }

    @Test
    void een_taalschakeltraject_hoort_bij_de_onderwijsroute_en_de_z_route_kent_geen_taalniveau() {
        assertThat(velden(beoordeel(invoer("B1_ROUTE", "B1", true, "INBURGERAAR", null, VANDAAG, VANDAAG, null))))
                .containsExactly("taalschakeltraject");
        assertThat(velden(beoordeel(invoer("Z_ROUTE", "A2", false, "GEMEENTE", "0599", VANDAAG, VANDAAG, null))))
                .containsExactly("taalniveau");
    }
}
