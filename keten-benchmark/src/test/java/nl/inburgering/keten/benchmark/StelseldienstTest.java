package nl.inburgering.keten.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.inburgering.contracts.Afnemer;
import nl.inburgering.contracts.TopicCatalogue;
import nl.inburgering.keten.local.KetenService;

/**
 * A delivery finds its stelseldienst in the catalogue from the topic the inboxes name, whether that is the topic
 * itself, one gemeente's copy, or all gemeenten' copies counted as one (issue 17: looked up once per topic, without
 * trying names until one does not throw).
 */
class StelseldienstTest {

    private static final String PLICHT = TopicCatalogue.INBURGERINGSPLICHT.name();

    @Test
    void het_topic_van_een_gemeente_hoort_bij_zijn_stelseldienst() {
        String vanAmsterdam = TopicCatalogue.INBURGERINGSPLICHT.topicVoor(Afnemer.gemeente("0363"));

        Stelseldienst levering = new Stelseldienst(vanAmsterdam, KetenService.GEMEENTE);

        assertThat(levering.nummer()).isEqualTo(3);
        assertThat(levering.stelseldienstnaam()).isEqualTo(PLICHT);
        assertThat(levering.producent()).isEqualTo("duo");
    }

    @Test
    void de_topics_van_alle_gemeenten_samen_en_dat_van_coa_horen_bij_dezelfde_stelseldienst() {
        Stelseldienst gemeenten = new Stelseldienst(PLICHT + ".gemeente", KetenService.GEMEENTE);
        Stelseldienst coa = new Stelseldienst(TopicCatalogue.INBURGERINGSPLICHT.topicVoor(
                Afnemer.van(nl.inburgering.contracts.Ketenpartner.COA)), KetenService.COA);

        assertThat(gemeenten.nummer()).isEqualTo(3);
        assertThat(gemeenten.stelseldienstnaam()).isEqualTo(PLICHT);
        assertThat(gemeenten.naam()).isEqualTo("#3 inburgeringsplicht duo -> gemeente");
        assertThat(coa.stelseldienstnaam()).isEqualTo(PLICHT);
        assertThat(coa.naam()).isEqualTo("#3 inburgeringsplicht duo -> coa");
    }

    @Test
    void een_brp_mutatie_en_een_topic_zonder_nummer_hebben_geen_nummer_maar_wel_hun_plaats_in_de_tabel() {
        Stelseldienst brp = new Stelseldienst(TopicCatalogue.BRP_INSCHRIJVINGEN.name(), KetenService.IND);
        Stelseldienst pip = new Stelseldienst(TopicCatalogue.REGISTRATIE_PIP.name() + ".gemeente",
                KetenService.GEMEENTE);
        Stelseldienst verblijfsdoelen = new Stelseldienst(TopicCatalogue.VERBLIJFSDOELEN.name(), KetenService.DUO);

        assertThat(brp.nummer()).isNull();
        assertThat(brp.naam()).startsWith("BRP ");
        assertThat(pip.nummer()).isNull();
        assertThat(pip.naam()).isEqualTo("registratie PIP duo -> gemeente");
        // BRP first, then by number; the registratie of the PIP next to #16
        assertThat(List.of(pip, verblijfsdoelen, brp).stream().sorted(Stelseldienst.VOLGORDE).toList())
                .containsExactly(brp, verblijfsdoelen, pip);
    }

    @Test
    void een_topic_dat_de_catalogus_niet_kent_heet_naar_zichzelf() {
        Stelseldienst onbekend = new Stelseldienst("elders.iets-anders.v1", KetenService.DUO);

        assertThat(Stelseldienst.zoekInDeCatalogus("elders.iets-anders.v1")).isEmpty();
        assertThat(onbekend.nummer()).isNull();
        assertThat(onbekend.stelseldienstnaam()).isEqualTo("elders.iets-anders.v1");
        assertThat(onbekend.producent()).isEqualTo("?");
    }
}
