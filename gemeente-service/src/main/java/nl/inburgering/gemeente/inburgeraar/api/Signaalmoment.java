package nl.inburgering.gemeente.inburgeraar.api;

import java.time.LocalDate;

/**
 * The days on which a signal holds for an inburgeraar as long as his facts stay as they are (decision 0046): from
 * {@code vanaf} up to and including {@code tot}; null is open on that side. Stored per person so the werkvoorraad can
 * find the candidates for a signal filter with an index; whether a candidate carries the signal today is still
 * decided by the chapter's own code when the page is read, so a window may be wider than the signal, never narrower.
 */
public record Signaalmoment(Signaalsoort soort, LocalDate vanaf, LocalDate tot) {

    /** A signal that does not depend on the day: it holds while the facts that give it stand. */
    public static Signaalmoment altijd(Signaalsoort soort) {
        return new Signaalmoment(soort, null, null);
    }

    public boolean geldtOp(LocalDate dag) {
        return (vanaf == null || !dag.isBefore(vanaf)) && (tot == null || !dag.isAfter(tot));
    }
}
