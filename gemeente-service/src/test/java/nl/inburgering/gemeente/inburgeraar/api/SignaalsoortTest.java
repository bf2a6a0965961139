package nl.inburgering.gemeente.inburgeraar.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignaalsoortTest {

    @Test
    void het_patroon_waarmee_een_filter_wordt_gecontroleerd_noemt_elke_signaalsoort() {
        assertThat(Signaalsoort.PATROON).isEqualTo(Signaalsoort.patroonVanDeWaarden());
    }
}
