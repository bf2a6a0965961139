package nl.inburgering.ind.verblijfsrecht.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import nl.inburgering.contracts.testdata.EnumVertalingen;
import nl.inburgering.ind.verblijfsrecht.domain.Verblijfsdoel;

class VerblijfsdoelMapperTest {

    @Test
    void elk_verblijfsdoel_van_ind_heeft_hetzelfde_symbool_in_het_contract() {
        EnumVertalingen.wordtElkeWaardeVertaald(Verblijfsdoel.class, VerblijfsdoelMapper::naarContract);
        assertThat(Arrays.stream(Verblijfsdoel.values()))
                .allSatisfy(doel -> assertThat(VerblijfsdoelMapper.naarContract(doel).name()).isEqualTo(doel.name()));
    }

    @Test
    void elk_verblijfsdoel_van_het_contract_behalve_onbekend_kent_ind() {
        EnumVertalingen.dektElkeWaardeBehalve(nl.inburgering.contracts.common.Verblijfsdoel.class,
                EnumSet.of(nl.inburgering.contracts.common.Verblijfsdoel.ONBEKEND),
                doel -> Verblijfsdoel.valueOf(doel.name()));
    }
}
