package nl.inburgering.gemeente.inburgeraar.api;

import java.time.LocalDate;

/**
 * The days on which a signal holds for an inburgeraar as long as his facts stay as they are (decision 0046): from
 * {@code vanaf} up to and including {@code tot}; null is open on that side. Stored per person so the werkvoorraad can
 * find the candidates for a signal filter with an index; whether a candidate carries the signal today is still
 * decided by the chapter's own code when the page is read, so a window may be wider than the signal, never narrower.
 *
 * <p>{@code sinds} is the {@link Signaal#sinds()} the signal reports on EVERY day inside the window on which it holds
 * (decision 0046, third addendum): the order on the oldest signal walks the windows by it. A chapter whose sinds
 * changes within what would be one window gives two windows. A window with a sinds must also be exact in its days (the
 * signal holds on each of them): the order's tail (the rows without a signal) leaves out whoever has such a window
 * today. A window that may be wider than its signal, or whose signal reports no sinds, carries none; whoever has such
 * a window covering today is computed on every page of that order, like a person marked for the index's worker, so
 * the answer stays exact, only slower.
 */
public record Signaalmoment(Signaalsoort soort, LocalDate vanaf, LocalDate tot, LocalDate sinds) {

    /** A signal that does not depend on the day: it holds while the facts that give it stand, with their sinds. */
    public static Signaalmoment altijd(Signaal signaal) {
        return new Signaalmoment(signaal.soort(), null, null, signaal.sinds());
    }

    public boolean geldtOp(LocalDate dag) {
        return (vanaf == null || !dag.isBefore(vanaf)) && (tot == null || !dag.isAfter(tot));
    }
}
