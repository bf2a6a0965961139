package nl.inburgering.instelling.cursist.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.inburgering.instelling.cursist.domain.UitschrijvingPolicy.UitschrijvingInvoer;

class UitschrijvingPolicyTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 12, 6);
    private static final LocalDate INGESCHREVEN = LocalDate.of(2026, 3, 1);

    @Test
    void een_uitschrijving_na_de_inschrijving_en_niet_in_de_toekomst_is_goed() {
        assertThat(UitschrijvingPolicy.problemen(new UitschrijvingInvoer(VANDAAG, true), INGESCHREVEN, VANDAAG))
                .isEmpty();
        assertThat(UitschrijvingPolicy.problemen(new UitschrijvingInvoer(INGESCHREVEN, false), INGESCHREVEN,
                VANDAAG)).isEmpty();
    }

    @Test
    void een_uitschrijving_voor_de_inschrijving_of_in_de_toekomst_is_een_probleem() {
        assertThat(UitschrijvingPolicy.problemen(new UitschrijvingInvoer(INGESCHREVEN.minusDays(1), true),
                INGESCHREVEN, VANDAAG)).extracting(Probleem::code).containsExactly("order");
        assertThat(UitschrijvingPolicy.problemen(new UitschrijvingInvoer(VANDAAG.plusDays(1), true),
                INGESCHREVEN, VANDAAG)).extracting(Probleem::code).containsExactly("future");
    }

    @Test
    void zonder_datum_en_zonder_afgerond_noemt_ze_beide() {
        assertThat(UitschrijvingPolicy.problemen(new UitschrijvingInvoer(null, null), INGESCHREVEN, VANDAAG))
                .extracting(Probleem::veld).containsExactly("datumUitschrijving", "opleidingAfgerond");
    }
}
