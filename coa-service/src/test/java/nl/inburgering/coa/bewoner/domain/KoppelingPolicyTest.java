package nl.inburgering.coa.bewoner.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class KoppelingPolicyTest {

    @Test
    void een_inburgeringsplichtige_bewoner_in_het_azc_wordt_gekoppeld() {
        assertThat(KoppelingPolicy.beoordeel(true, false, Optional.empty(), "0363").isToegestaan()).isTrue();
    }

    @Test
    void zonder_inburgeringsplicht_van_duo_wordt_niemand_gekoppeld_en_de_reden_zegt_waarom() {
        Beslissing beslissing = KoppelingPolicy.beoordeel(false, false, Optional.empty(), "0363");

        assertThat(beslissing.isToegestaan()).isFalse();
        assertThat(beslissing.weigering()).get().asString().contains("geen inburgeringsplicht");
    }

    @Test
    void na_uitstroom_wordt_niet_meer_gekoppeld() {
        assertThat(KoppelingPolicy.beoordeel(true, true, Optional.of("0363"), "0599").isToegestaan()).isFalse();
    }

    @Test
    void een_herkoppeling_naar_een_andere_gemeente_mag_en_noemt_de_vorige_gemeente() {
        assertThat(KoppelingPolicy.beoordeel(true, false, Optional.of("0363"), "0599").isToegestaan()).isTrue();
        assertThat(KoppelingPolicy.vorigeGemeente(Optional.of("0363"), "0599")).contains("0363");
        assertThat(KoppelingPolicy.vorigeGemeente(Optional.empty(), "0599")).isEmpty();
    }

    @Test
    void nogmaals_koppelen_aan_dezelfde_gemeente_is_geen_herkoppeling() {
        assertThat(KoppelingPolicy.beoordeel(true, false, Optional.of("0363"), "0363").isToegestaan()).isFalse();
    }

    @Test
    void een_verwachte_uitstroom_in_het_verleden_is_ongeldig() {
        LocalDate vandaag = LocalDate.of(2026, 3, 2);

        assertThat(KoppelingPolicy.geldigeVerwachteUitstroom(vandaag.minusDays(1), vandaag)).isFalse();
        assertThat(KoppelingPolicy.geldigeVerwachteUitstroom(vandaag, vandaag)).isTrue();
        assertThat(KoppelingPolicy.geldigeVerwachteUitstroom(null, vandaag)).isTrue();
    }
}
