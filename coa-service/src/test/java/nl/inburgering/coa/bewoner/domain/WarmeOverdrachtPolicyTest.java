package nl.inburgering.coa.bewoner.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class WarmeOverdrachtPolicyTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 3, 2);

    @Test
    void de_gemeente_plant_de_warme_overdracht_vandaag_of_later() {
        assertThat(WarmeOverdrachtPolicy.geldigeDatum(VANDAAG, VANDAAG)).isTrue();
        assertThat(WarmeOverdrachtPolicy.geldigeDatum(VANDAAG.minusDays(1), VANDAAG)).isFalse();
        assertThat(WarmeOverdrachtPolicy.plannen(false, Optional.empty()).isToegestaan()).isTrue();
    }

    @Test
    void een_gehouden_warme_overdracht_wordt_niet_opnieuw_gepland() {
        assertThat(WarmeOverdrachtPolicy.plannen(false, Optional.of(VANDAAG)).isToegestaan()).isFalse();
    }

    @Test
    void coa_legt_een_warme_overdracht_pas_vast_als_de_gemeente_haar_plande() {
        Beslissing beslissing = WarmeOverdrachtPolicy.vastleggen(Optional.empty(), Optional.empty(), false);

        assertThat(beslissing.isToegestaan()).isFalse();
        assertThat(beslissing.weigering()).get().asString().contains("initiatief");
        assertThat(WarmeOverdrachtPolicy.vastleggen(Optional.of(VANDAAG), Optional.empty(), false).isToegestaan())
                .isTrue();
    }

    @Test
    void een_warme_overdracht_wordt_eenmaal_vastgelegd_en_niet_na_uitstroom() {
        assertThat(WarmeOverdrachtPolicy.vastleggen(Optional.of(VANDAAG), Optional.of(VANDAAG), false)
                .isToegestaan()).isFalse();
        assertThat(WarmeOverdrachtPolicy.vastleggen(Optional.of(VANDAAG), Optional.empty(), true).isToegestaan())
                .isFalse();
    }
}
