package nl.inburgering.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionTemplate;

import nl.inburgering.platform.test.Statementteller;
import nl.inburgering.platform.test.Statementteller.Telling;

/**
 * Issue 17 (decision 0045): an entity whose id the application assigns is inserted by Spring Data's {@code save}
 * without a SELECT before it (persist, not merge), and one loaded from the database is still updated.
 */
@PlatformIntegratieTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NieuweEntiteitTest {

    @Autowired
    TestnotitieRepository notities;
    @Autowired
    TransactionTemplate transactie;

    @Test
    void een_nieuwe_entiteit_met_een_eigen_id_wordt_ingevoegd_zonder_haar_eerst_te_lezen() {
        UUID id = UUID.randomUUID();

        Telling sql = Statementteller.tel(() -> transactie.executeWithoutResult(
                s -> notities.save(new Testnotitie(id, "eerste gesprek"))));

        assertThat(sql.beginnendMet("select")).as("geen SELECT voor de INSERT").isEmpty();
        assertThat(sql.beginnendMet("insert")).hasSize(1);
        assertThat(notities.findById(id)).get().extracting(Testnotitie::getTekst).isEqualTo("eerste gesprek");
    }

    @Test
    void een_geladen_entiteit_wordt_bijgewerkt_en_niet_nog_eens_ingevoegd() {
        UUID id = UUID.randomUUID();
        transactie.executeWithoutResult(s -> notities.save(new Testnotitie(id, "eerste gesprek")));

        Telling sql = Statementteller.tel(() -> transactie.executeWithoutResult(s -> {
            Testnotitie notitie = notities.findById(id).orElseThrow();
            notitie.herschrijf("tweede gesprek");
            notities.save(notitie);
        }));

        assertThat(sql.beginnendMet("insert")).isEmpty();
        assertThat(sql.beginnendMet("update")).hasSize(1);
        assertThat(notities.findById(id)).get().extracting(Testnotitie::getTekst).isEqualTo("tweede gesprek");
    }

    @Test
    void een_opgeslagen_nieuwe_entiteit_die_in_dezelfde_transactie_nog_eens_wordt_opgeslagen_blijft_een_rij() {
        UUID id = UUID.randomUUID();

        transactie.executeWithoutResult(s -> {
            Testnotitie notitie = notities.saveAndFlush(new Testnotitie(id, "eerste gesprek"));
            notitie.herschrijf("aangevuld");
            notities.save(notitie);
        });

        assertThat(notities.findById(id)).get().extracting(Testnotitie::getTekst).isEqualTo("aangevuld");
    }

    @Test
    void een_nieuwe_entiteit_met_het_id_van_een_bestaande_rij_overschrijft_die_niet_maar_faalt() {
        UUID id = UUID.randomUUID();
        transactie.executeWithoutResult(s -> notities.save(new Testnotitie(id, "eerste gesprek")));

        assertThatThrownBy(() -> transactie.executeWithoutResult(
                s -> notities.save(new Testnotitie(id, "stilletjes overschreven"))))
                .isInstanceOf(DataIntegrityViolationException.class);

        assertThat(notities.findById(id)).get().extracting(Testnotitie::getTekst).isEqualTo("eerste gesprek");
    }
}
