package nl.inburgering.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.inburgering.contracts.Topics;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.events.Pseudoniem;
import nl.inburgering.platform.logboek.Logboekinzage;
import nl.inburgering.platform.test.TestBsn;
import nl.inburgering.platform.verwerking.Persoonsgegevensbewaking.PersoonsgegevensZonderLogboekException;

@PlatformIntegratieTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PersoonsverwerkingTest {

    @Autowired
    DossierGebruik dossiers;
    @Autowired
    Logboekinzage logboek;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Pseudoniem pseudoniem;

    @Test
    void een_wijziging_via_het_sjabloon_heeft_haar_logboekrecord() {
        Bsn bsn = Bsn.of(TestBsn.nieuw());

        dossiers.noteer(bsn, "eerste gesprek");

        assertThat(dossiers.notitie(bsn)).isEqualTo("eerste gesprek");
        assertThat(logboek.voorBetrokkene(bsn.value())).singleElement()
                .satisfies(r -> assertThat(r.verwerkingsactiviteitId()).isEqualTo(DossierGebruik.NOTEREN.id()));
    }

    @Test
    void een_handler_die_persoonsgegevens_wijzigt_zonder_logboekrecord_faalt_en_laat_niets_achter() {
        Bsn bsn = Bsn.of(TestBsn.nieuw());

        assertThatThrownBy(() -> dossiers.noteerZonderSjabloon(bsn, "vergeten vast te leggen"))
                .isInstanceOf(PersoonsgegevensZonderLogboekException.class)
                .hasMessageContaining("Testdossier").hasMessageContaining("geen Logboek-record");

        assertThat(dossiers.notitie(bsn)).isNull();
        assertThat(logboek.voorBetrokkene(bsn.value())).isEmpty();
    }

    @Test
    void een_event_over_iemand_die_de_dienst_niet_kent_verwerkt_niets_en_legt_niets_vast() {
        Bsn onbekend = Bsn.of(TestBsn.nieuw());

        assertThat(dossiers.noteerAlsBekend(onbekend, "verhuisd")).isFalse();

        assertThat(dossiers.notitie(onbekend)).isNull();
        assertThat(logboek.voorBetrokkene(onbekend.value())).isEmpty();
    }

    @Test
    void een_event_over_iemand_die_de_dienst_kent_wordt_verwerkt_en_vastgelegd() {
        Bsn bekend = Bsn.of(TestBsn.nieuw());
        dossiers.noteer(bekend, "eerste gesprek");

        assertThat(dossiers.noteerAlsBekend(bekend, "verhuisd")).isTrue();

        assertThat(dossiers.notitie(bekend)).isEqualTo("verhuisd");
        assertThat(logboek.voorBetrokkene(bekend.value())).hasSize(2);
    }

    @Test
    void gegevens_zonder_persoon_mogen_buiten_het_sjabloon_veranderen() {
        dossiers.telOp("gesprekken");
        dossiers.telOp("gesprekken");

        assertThat(jdbc.sql("select stand from testteller where naam = 'gesprekken'").query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    void een_domeinevent_gaat_via_zijn_vertaling_als_contract_de_outbox_in_met_de_wijziging() {
        Bsn bsn = Bsn.of(TestBsn.nieuw());

        dossiers.noteerEnSchrijfIn(bsn, "0363");

        assertThat(dossiers.notitie(bsn)).isEqualTo("ingeschreven in 0363");
        assertThat(jdbc.sql("select topic from outbox_event where partitiesleutel = ?")
                .param(pseudoniem.van(bsn.value())).query(String.class).list())
                .containsExactly(Topics.BRP_INSCHRIJVINGEN);
    }
}
