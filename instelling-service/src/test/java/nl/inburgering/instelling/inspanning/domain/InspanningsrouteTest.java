package nl.inburgering.instelling.inspanning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.inburgering.instelling.cursist.api.Contractpartij;

/** Seed §15.5: who bought the lessons decides the one route of the inspanning. */
class InspanningsrouteTest {

    @Test
    void lessen_die_de_gemeente_inkocht_voor_een_asielstatushouder_gaan_naar_de_gemeente() {
        assertThat(Inspanningsroute.voor(Contractpartij.GEMEENTE)).isEqualTo(Inspanningsroute.GEMEENTE);
    }

    @Test
    void lessen_die_de_inburgeraar_zelf_inkocht_gaan_rechtstreeks_naar_duo() {
        assertThat(Inspanningsroute.voor(Contractpartij.INBURGERAAR)).isEqualTo(Inspanningsroute.DUO);
    }
}
