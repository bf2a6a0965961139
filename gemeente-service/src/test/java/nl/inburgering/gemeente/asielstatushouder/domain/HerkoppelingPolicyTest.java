package nl.inburgering.gemeente.asielstatushouder.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class HerkoppelingPolicyTest {

    @Test
    void een_eerste_koppeling_laat_niets_vervallen() {
        assertThat(HerkoppelingPolicy.vervallen("0363", Optional.empty(), List.of())).isEmpty();
    }

    @Test
    void een_koppeling_aan_een_andere_gemeente_laat_die_van_de_vorige_gemeente_vervallen() {
        assertThat(HerkoppelingPolicy.vervallen("0599", Optional.of("0363"), List.of("0363")))
                .containsExactly("0363");
    }

    @Test
    void de_vorige_gemeente_vervalt_ook_als_haar_koppeling_hier_nooit_aankwam() {
        assertThat(HerkoppelingPolicy.vervallen("0599", Optional.of("0363"), List.of())).containsExactly("0363");
    }

    @Test
    void een_persoon_heeft_hoogstens_een_actieve_koppeling_ook_als_coa_de_vorige_gemeente_niet_noemt() {
        assertThat(HerkoppelingPolicy.vervallen("0599", Optional.empty(), List.of("0363", "0518")))
                .containsExactlyInAnyOrder("0363", "0518");
    }

    @Test
    void een_herhaalde_koppeling_aan_dezelfde_gemeente_laat_die_niet_vervallen() {
        assertThat(HerkoppelingPolicy.vervallen("0363", Optional.of("0363"), List.of("0363"))).isEmpty();
    }
}
