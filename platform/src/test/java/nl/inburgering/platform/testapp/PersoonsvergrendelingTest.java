package nl.inburgering.platform.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import nl.inburgering.platform.persoon.Persoonsvergrendeling;
import nl.inburgering.platform.test.Statementteller;
import nl.inburgering.platform.test.TestBsn;

/**
 * Issue 17: a transaction that already holds a person's lock asks the database nothing when a nested use case or a
 * later event of the same poll asks for it again; another person, or the next transaction, is locked as before.
 */
@PlatformIntegratieTest
class PersoonsvergrendelingTest {

    private static final String SLOT = "pg_advisory_xact_lock";

    @Autowired
    Persoonsvergrendeling vergrendeling;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void wie_het_slot_van_een_persoon_al_heeft_vraagt_het_niet_nog_eens_een_ander_en_de_volgende_transactie_wel() {
        String bsn = TestBsn.nieuw();
        String ander = TestBsn.nieuw();

        var eerste = Statementteller.tel(() -> transaction.executeWithoutResult(s -> {
            vergrendeling.vergrendel(bsn);
            vergrendeling.vergrendel(bsn);
            vergrendeling.vergrendel(ander);
            vergrendeling.vergrendel(bsn);
        }));
        assertThat(eerste.aantalMet(SLOT)).as(eerste.toString()).isEqualTo(2);

        var volgende = Statementteller.tel(() -> transaction.executeWithoutResult(s -> vergrendeling.vergrendel(bsn)));
        assertThat(volgende.aantalMet(SLOT)).as(volgende.toString()).isEqualTo(1);
    }
}
