package nl.inburgering.coa.bewoner.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.inburgering.coa.bewoner.domain.KlantprofielMomentPolicy.Aanleiding;

class KlantprofielMomentPolicyTest {

    @Test
    void bij_de_koppeling_krijgt_de_gemeente_het_klantprofiel() {
        assertThat(KlantprofielMomentPolicy.moment(Aanleiding.GEKOPPELD, true, true))
                .contains(Klantprofielmoment.KOPPELING);
    }

    @Test
    void een_update_tijdens_het_verblijf_in_het_azc_gaat_naar_de_gekoppelde_gemeente() {
        assertThat(KlantprofielMomentPolicy.moment(Aanleiding.PROFIEL_BIJGEWERKT, true, true))
                .contains(Klantprofielmoment.BIJGEWERKT_TIJDENS_VOORINBURGERING);
    }

    @Test
    void een_update_van_een_niet_gekoppelde_bewoner_gaat_nergens_heen() {
        assertThat(KlantprofielMomentPolicy.moment(Aanleiding.PROFIEL_BIJGEWERKT, false, true)).isEmpty();
    }

    @Test
    void een_update_na_uitstroom_is_geen_moment() {
        assertThat(KlantprofielMomentPolicy.moment(Aanleiding.PROFIEL_BIJGEWERKT, true, false)).isEmpty();
    }

    @Test
    void de_warme_overdracht_is_een_moment() {
        assertThat(KlantprofielMomentPolicy.moment(Aanleiding.WARME_OVERDRACHT_GEHOUDEN, true, true))
                .contains(Klantprofielmoment.WARME_OVERDRACHT);
    }

    @Test
    void de_inschrijving_in_de_gekoppelde_gemeente_is_het_laatste_moment() {
        assertThat(KlantprofielMomentPolicy.moment(Aanleiding.INGESCHREVEN_IN_GEKOPPELDE_GEMEENTE, true, false))
                .contains(Klantprofielmoment.INSCHRIJVING_GEMEENTE);
    }
}
