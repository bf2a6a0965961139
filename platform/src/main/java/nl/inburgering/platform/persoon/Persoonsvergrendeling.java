package nl.inburgering.platform.persoon;

import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import nl.inburgering.platform.events.Pseudoniem;

/**
 * Serialises the transactions about one person: a REST call and a Kafka event about the same person
 * may arrive at once, and each must see the other's effect (e.g. IND delivers Verblijfsdoelen once
 * both the verblijfsrecht and the BRP inschrijving are known, in either order). A PostgreSQL
 * transaction-level advisory lock on the person's pseudonym does that without a row to lock.
 */
public class Persoonsvergrendeling {

    private final JdbcClient jdbc;
    private final Pseudoniem pseudoniem;

    public Persoonsvergrendeling(JdbcClient jdbc, Pseudoniem pseudoniem) {
        this.jdbc = jdbc;
        this.pseudoniem = pseudoniem;
    }

    /**
     * Blocks until this transaction holds the lock of the person; released at commit or rollback. A transaction that
     * already holds it asks the database nothing (a use case nested in another, a poll with several events of one
     * person): the locks are remembered per transaction, in a synchronization, which a REQUIRES_NEW transaction
     * suspends with the rest of the outer one's.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void vergrendel(String bsn) {
        long sleutel = Long.parseUnsignedLong(pseudoniem.van(bsn).substring(0, 15), 16);
        Vergrendeld vergrendeld = vergrendeld();
        if (vergrendeld != null && !vergrendeld.sleutels.add(sleutel)) {
            return;
        }
        jdbc.sql("select pg_advisory_xact_lock(?)").param(sleutel).query().singleRow();
    }

    private static Vergrendeld vergrendeld() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        return TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(Vergrendeld.class::isInstance).map(Vergrendeld.class::cast).findFirst().orElseGet(() -> {
                    Vergrendeld nieuw = new Vergrendeld();
                    TransactionSynchronizationManager.registerSynchronization(nieuw);
                    return nieuw;
                });
    }

    /** The persons whose lock this transaction holds. */
    private static final class Vergrendeld implements TransactionSynchronization {

        private final Set<Long> sleutels = new HashSet<>();
    }
}
