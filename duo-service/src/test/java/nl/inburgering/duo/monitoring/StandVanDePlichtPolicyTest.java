package nl.inburgering.duo.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.inburgering.duo.dossier.api.RedenNietPlichtig;
import nl.inburgering.duo.monitoring.domain.StandVanDePlicht;
import nl.inburgering.duo.monitoring.domain.StandVanDePlichtPolicy;

/** #22: the stand of a plicht as DUO reports it to CBS. */
class StandVanDePlichtPolicyTest {

    @Test
    void een_plichtige_heeft_een_lopende_plicht() {
        assertThat(StandVanDePlichtPolicy.stand(true, null)).isEqualTo(StandVanDePlicht.LOPEND);
    }

    @Test
    void een_beeindigde_plicht_telt_naar_de_reden_waarom_hij_eindigde() {
        assertThat(StandVanDePlichtPolicy.stand(false, RedenNietPlichtig.INBURGERINGSPLICHT_VOLDAAN))
                .isEqualTo(StandVanDePlicht.VOLDAAN);
        assertThat(StandVanDePlichtPolicy.stand(false, RedenNietPlichtig.VOLLEDIGE_ONTHEFFING))
                .isEqualTo(StandVanDePlicht.ONTHEVEN);
        assertThat(StandVanDePlichtPolicy.stand(false, RedenNietPlichtig.TIJDELIJKE_VRIJSTELLING))
                .isEqualTo(StandVanDePlicht.VRIJGESTELD);
        assertThat(StandVanDePlichtPolicy.stand(false, RedenNietPlichtig.OVERLIJDEN))
                .isEqualTo(StandVanDePlicht.BEEINDIGD_OVERIG);
    }
}
