package nl.inburgering.ind.verblijfsrecht.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import nl.inburgering.ind.verblijfsrecht.domain.Verblijfsdoel;

class VerblijfsdoelMapperTest {

    @Test
    void elk_verblijfsdoel_van_ind_heeft_hetzelfde_symbool_in_het_contract() {
        assertThat(Arrays.stream(Verblijfsdoel.values()))
                .allSatisfy(doel -> assertThat(VerblijfsdoelMapper.naarContract(doel).name()).isEqualTo(doel.name()));
    }

    @Test
    void elk_verblijfsdoel_van_het_contract_behalve_onbekend_kent_ind() {
        assertThat(Arrays.stream(nl.inburgering.contracts.common.Verblijfsdoel.values())
                .filter(doel -> doel != nl.inburgering.contracts.common.Verblijfsdoel.ONBEKEND)
                .map(Enum::name))
                .allSatisfy(naam -> assertThat(Verblijfsdoel.valueOf(naam)).isNotNull());
    }
}
