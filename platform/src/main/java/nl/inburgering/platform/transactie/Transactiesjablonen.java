package nl.inburgering.platform.transactie;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Names for the platform's own transactions (decision 0052): each is counted under its name
 * ({@link Transactietelling}), so the benchmark can say how many commits the relay, the inbox or the Logboek cost.
 */
public final class Transactiesjablonen {

    public static final String OUTBOX_RELAY = "keten.outbox.relay";
    /** The records of one poll (one or more) in one transaction (decision 0043); followed by the stelseldienst. */
    public static final String INBOX_POLL = "keten.inbox.poll ";
    /** One record of a poll whose transaction failed, applied again on its own; followed by the stelseldienst. */
    public static final String INBOX_BERICHT = "keten.inbox.bericht ";
    /** A Logboek record outside the caller's transaction: work without one, or the ERROR record after a rollback. */
    public static final String LOGBOEK = "keten.logboek";
    public static final String MONITORING_LEVERING = "keten.monitoring.levering";
    public static final String LEVERINGSAFSPRAKEN_PUBLICATIE = "keten.leveringsafspraken.publicatie";

    private Transactiesjablonen() {
    }

    /**
     * A copy of {@code basis} (its manager, propagation, isolation, read-only and timeout) under {@code naam}; the
     * template itself is left alone, as others may share it. Null stays null (a unit test without a database).
     */
    public static TransactionTemplate genaamd(TransactionTemplate basis, String naam) {
        if (basis == null) {
            return null;
        }
        TransactionTemplate genaamd = new TransactionTemplate(basis.getTransactionManager(), basis);
        genaamd.setName(naam);
        return genaamd;
    }
}
