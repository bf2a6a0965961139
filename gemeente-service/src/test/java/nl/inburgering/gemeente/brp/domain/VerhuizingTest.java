package nl.inburgering.gemeente.brp.domain;

import nl.inburgering.platform.bsn.Bsn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class VerhuizingTest {

    private static final LocalDate VANDAAG = LocalDate.of(2026, 11, 20);
    private static final LocalDate INGESCHREVEN = LocalDate.of(2026, 10, 1);

    @Test
    void een_verhuizing_na_de_inschrijving_en_niet_in_de_toekomst_is_in_orde() {
        assertThat(new Verhuizing(Bsn.of("999990019"), "0599", LocalDate.of(2026, 11, 2)).overtredingen(VANDAAG, INGESCHREVEN))
                .isEmpty();
    }

    @Test
    void een_verhuizing_op_de_dag_van_inschrijving_is_in_orde() {
        assertThat(new Verhuizing(Bsn.of("999990019"), "0599", INGESCHREVEN).overtredingen(VANDAAG, INGESCHREVEN)).isEmpty();
    }

    @Test
    void een_verhuizing_in_de_toekomst_kan_niet() {
        assertThat(new Verhuizing(Bsn.of("999990019"), "0599", VANDAAG.plusDays(1)).overtredingen(VANDAAG, INGESCHREVEN))
                .extracting(Regelovertreding::code).containsExactly("future");
    }

    @Test
    void een_verhuizing_voordat_de_persoon_in_zijn_gemeente_kwam_wonen_kan_niet() {
        assertThat(new Verhuizing(Bsn.of("999990019"), "0599", INGESCHREVEN.minusDays(1)).overtredingen(VANDAAG, INGESCHREVEN))
                .extracting(Regelovertreding::veld, Regelovertreding::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("datumVerhuizing", "beforeVestiging"));
    }

    @Test
    void een_verhuizing_binnen_de_eigen_gemeente_is_geen_verhuizing_naar_een_andere_gemeente() {
        assertThat(new Verhuizing(Bsn.of("999990019"), "0599", VANDAAG).isBinnenGemeente("0599")).isTrue();
        assertThat(new Verhuizing(Bsn.of("999990019"), "0599", VANDAAG).isBinnenGemeente("0363")).isFalse();
    }
}
