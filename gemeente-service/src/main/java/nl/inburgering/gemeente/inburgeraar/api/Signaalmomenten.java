package nl.inburgering.gemeente.inburgeraar.api;

import nl.inburgering.platform.bsn.Bsn;

/**
 * The core's small write API for the werkvoorraad's signal index (decision 0046): a chapter that stores a fact its
 * signals (or the termijn's einddatum) are computed from calls {@link #bijwerken(Bsn)} in the same transaction. The
 * core marks the person when the transaction commits and recomputes his {@link Signaalmoment}s from every chapter
 * soon after, in a batch with the persons other transactions marked; until then every signal filter reads him as a
 * candidate. No clock in the index: the moments are days, and which of them holds is decided when the werkvoorraad is
 * read.
 */
public interface Signaalmomenten {

    void bijwerken(Bsn bsn);
}
