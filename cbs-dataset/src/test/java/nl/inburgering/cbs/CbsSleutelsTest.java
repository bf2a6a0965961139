package nl.inburgering.cbs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.monitoring.CbsVersleuteling;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.test.TestCbsSleutels;

/** Decision 0041: CBS links what no partner can. */
class CbsSleutelsTest {

    private final CbsVersleuteling ind = CbsVersleuteling.metPubliekeSleutel(TestCbsSleutels.publiekePem());
    private final CbsVersleuteling duo = CbsVersleuteling.metPubliekeSleutel(TestCbsSleutels.publiekePem());
    private final CbsSleutels cbs = new CbsSleutels(TestCbsSleutels.privePem(), TestCbsSleutels.GEHEIM);

    @Test
    void de_records_van_een_persoon_van_ind_en_duo_hebben_verschillende_pseudoniemen_en_bij_cbs_hetzelfde() {
        Bsn bsn = Bsn.of(TestBsn.nieuw());
        String vanInd = ind.pseudoniem(bsn);
        String vanDuo = duo.pseudoniem(bsn);

        assertThat(vanInd).isNotEqualTo(vanDuo);
        assertThat(cbs.cbsPseudoniem(vanInd)).isEqualTo(cbs.cbsPseudoniem(vanDuo)).doesNotContain(bsn.value());
    }

    @Test
    void twee_personen_krijgen_bij_cbs_verschillende_pseudoniemen() {
        assertThat(cbs.cbsPseudoniem(ind.pseudoniem(Bsn.of(TestBsn.nieuw()))))
                .isNotEqualTo(cbs.cbsPseudoniem(ind.pseudoniem(Bsn.of(TestBsn.nieuw()))));
    }

    @Test
    void een_pseudoniem_dat_niet_voor_cbs_is_versleuteld_wordt_geweigerd() {
        assertThatThrownBy(() -> cbs.cbsPseudoniem("c2xlY2h0LWdlbmVlcmQ=")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void een_te_kort_geheim_van_cbs_wordt_geweigerd() {
        assertThatThrownBy(() -> new CbsSleutels(TestCbsSleutels.privePem(), "kort"))
                .hasMessageContaining("minstens 32 tekens");
    }
}
