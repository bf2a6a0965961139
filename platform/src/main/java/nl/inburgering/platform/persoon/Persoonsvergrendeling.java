package nl.inburgering.platform.persoon;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

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

    /** Blocks until this transaction holds the lock of the person; released at commit or rollback. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void vergrendel(String bsn) {
        long sleutel = Long.parseUnsignedLong(pseudoniem.van(bsn).substring(0, 15), 16);
        jdbc.sql("select pg_advisory_xact_lock(?)").param(sleutel).query().singleRow();
    }
}
