package nl.inburgering.platform.logboek;

import java.util.Collection;

/**
 * The Logboek dataverwerkingen (Logius): every read or change of personal data is recorded, with the
 * trace it is part of, the processing activity, the pseudonymised data subject and who it was done for.
 *
 * <p>Call it in the use case, next to the read or change it records:
 * <ul>
 * <li>in a transaction (read-write or read-only) the record is written in that transaction, over its own
 * connection, so a change or read and its record commit together; work that rolls back takes its record
 * with it, and an {@code ERROR} record is then written in its own transaction;</li>
 * <li>outside any transaction the record is written at once in its own transaction.</li>
 * </ul>
 * A record that cannot be written fails the call with the underlying exception: the work fails rather
 * than go unlogged.
 */
public interface Logboek {

    /** Records that personal data of the person with this BSN was processed in this activity. */
    void leg(Verwerkingsactiviteit activiteit, String bsn);

    /** A list read: one record per data subject (a BSN given twice is recorded once). */
    void leg(Verwerkingsactiviteit activiteit, Collection<String> bsns);
}
