package nl.inburgering.gemeente.asielstatushouder.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class BetrokkenheidPolicyTest {

    private static final LocalDate GEKOPPELD = LocalDate.of(2026, 11, 2);

    @Test
    void een_variant_in_het_klantprofiel_is_de_afspraak_ook_binnen_de_twee_weken() {
        Betrokkenheid betrokkenheid = BetrokkenheidPolicy.bepaal(Optional.of(Variant.BREDE_INTAKE_NA_VESTIGING),
                Optional.of(GEKOPPELD), GEKOPPELD.plusDays(3));

        assertThat(betrokkenheid.status()).isEqualTo(Betrokkenheid.Status.AFGESPROKEN);
        assertThat(betrokkenheid.variant()).isEqualTo(Variant.BREDE_INTAKE_NA_VESTIGING);
    }

    @Test
    void een_variant_in_het_klantprofiel_blijft_de_afspraak_na_de_twee_weken() {
        assertThat(BetrokkenheidPolicy.bepaal(Optional.of(Variant.BREDE_INTAKE_PIP_EN_AANBOD_IN_AZC),
                Optional.of(GEKOPPELD), GEKOPPELD.plusMonths(2)).variant())
                .isEqualTo(Variant.BREDE_INTAKE_PIP_EN_AANBOD_IN_AZC);
    }

    @Test
    void zonder_afspraak_is_er_binnen_de_twee_weken_nog_geen_afspraak_met_de_dag_waarop_de_standaard_gaat_gelden() {
        Betrokkenheid betrokkenheid = BetrokkenheidPolicy.bepaal(Optional.empty(), Optional.of(GEKOPPELD),
                GEKOPPELD.plusDays(13));

        assertThat(betrokkenheid.status()).isEqualTo(Betrokkenheid.Status.NOG_GEEN_AFSPRAAK);
        assertThat(betrokkenheid.variant()).isNull();
        assertThat(betrokkenheid.omschrijving()).isEqualTo("nog geen afspraak");
        assertThat(betrokkenheid.standaardVanaf()).isEqualTo(LocalDate.of(2026, 11, 16));
    }

    @Test
    void zonder_afspraak_is_de_gemeente_na_veertien_dagen_betrokken_vanaf_de_inschrijving() {
        Betrokkenheid betrokkenheid = BetrokkenheidPolicy.bepaal(Optional.empty(), Optional.of(GEKOPPELD),
                GEKOPPELD.plusDays(14));

        assertThat(betrokkenheid.status()).isEqualTo(Betrokkenheid.Status.STANDAARD);
        assertThat(betrokkenheid.variant()).isEqualTo(Variant.VANAF_INSCHRIJVING);
        assertThat(betrokkenheid.standaardVanaf()).isEqualTo(GEKOPPELD.plusDays(14));
    }

    @Test
    void zonder_bekende_koppeling_loopt_er_nog_geen_termijn() {
        Betrokkenheid betrokkenheid = BetrokkenheidPolicy.bepaal(Optional.empty(), Optional.empty(),
                GEKOPPELD.plusYears(1));

        assertThat(betrokkenheid.status()).isEqualTo(Betrokkenheid.Status.NOG_GEEN_AFSPRAAK);
        assertThat(betrokkenheid.standaardVanaf()).isNull();
    }
}
