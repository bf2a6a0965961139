package nl.inburgering.gemeente.inburgeraar.persistence;

/**
 * Stores a person the gemeente did not know yet in one INSERT. {@code save} cannot tell him from a known one (his
 * bsn is the id, assigned in code, and {@link InburgeraarEntity#getId()} is his public UUID, so the entity cannot be
 * a {@code NieuweEntiteit}): it merges, which SELECTs the row the caller just found absent (issue 17, decision 0049).
 */
public interface InburgeraarOpnemen {

    /**
     * The caller read under the person's lock that he has no row; a row after all fails at the flush with a
     * duplicate key instead of being overwritten.
     */
    InburgeraarEntity neemOp(InburgeraarEntity nieuw);
}
