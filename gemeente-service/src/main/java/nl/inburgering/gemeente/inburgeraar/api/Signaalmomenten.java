package nl.inburgering.gemeente.inburgeraar.api;

import nl.inburgering.platform.bsn.Bsn;

/**
 * The core's small write API for the werkvoorraad's signal index (decision 0046): a chapter that stores a fact its
 * signals (or the termijn's einddatum) are computed from calls {@link #bijwerken(Bsn)} in the same transaction. The
 * core then recomputes the person's {@link Signaalmoment}s from every chapter, once per transaction however many facts
 * changed, just before it commits; without a transaction at once. No job and no clock: the moments are days, and
 * which of them holds is decided when the werkvoorraad is read.
 */
public interface Signaalmomenten {

    void bijwerken(Bsn bsn);
}
