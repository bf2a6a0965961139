package nl.inburgering.gemeente.inburgeraar.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.inburgering.platform.bsn.Bsn;

/**
 * SPI: a chapter's columns and signals on the werkvoorraad row of each inburgeraar (the PIP feature adds where his
 * PIP stands at DUO and when his termijn ends). The werkvoorraad asks every bean implementing this for a whole page
 * at once, so a page costs one query or two per contributing chapter however long it is; a new chapter adds a
 * column by implementing this, without touching the core's persistence or domain.
 */
public interface WerkvoorraadBijdrage {

    /**
     * The column through which a chapter adds signals ({@link Signaal}, a {@code Collection<Signaal>}): the core
     * joins every chapter's signals into one list per row, which the klantmanager filters and sorts on. Computed
     * against the service's clock when the werkvoorraad is read (decision 0031).
     */
    String SIGNALEN = "signalen";

    /**
     * @param bsns the inburgeraars on one page of this gemeente
     * @return per BSN the values by column name; a BSN or a column may be absent (its value is then null)
     */
    Map<Bsn, Map<String, Object>> voor(String gemeentecode, Collection<Bsn> bsns);

    /**
     * The signals of this chapter whose holding depends on the day (the service's clock), not only on the facts: for
     * them the chapter gives its windows in {@link #momenten}. Every other signal of the chapter is indexed as holding
     * always while {@link #voor} gives it (decision 0046), with the sinds {@link #voor} gave it with (so such a signal's
     * sinds must not depend on the day either), and a chapter whose signals do not depend on the day needs nothing
     * here.
     */
    default Set<Signaalsoort> soortenNaarDeKlok() {
        return Set.of();
    }

    /**
     * The windows in which each of {@link #soortenNaarDeKlok()} holds for these inburgeraars given the facts as they
     * are now (decision 0046); a window may be wider than the signal, never narrower: the werkvoorraad reads the
     * candidates from them and decides by {@link #voor} which carry the signal on the day.
     *
     * <p>Each window's {@link Signaalmoment#sinds()} is the sinds {@link #voor} reports for the signal on EVERY day
     * inside the window on which the signal holds (decision 0046, third addendum): the order on the oldest signal walks
     * the windows by it and places a person at the window whose sinds is his oldest signal's. A signal whose sinds
     * changes over what would be one window gives one window per sinds. A window with a sinds must hold on each of its
     * days; one that may be wider carries no sinds (its person is then computed on every page of that order).
     *
     * @return per BSN his windows; a BSN may be absent
     */
    default Map<Bsn, List<Signaalmoment>> momenten(String gemeentecode, Collection<Bsn> bsns) {
        return Map.of();
    }

    /**
     * Whether the signal index (decision 0046) needs this chapter's {@link #voor} when a person's facts change: it
     * gives signals, or the termijn's einddatum the index orders on. Only a chapter that gives neither answers false,
     * which spares its queries on every event that updates the index (issue 17); a chapter that adds a signal later
     * must answer true again, or its signal goes missing from the filters.
     */
    default boolean nodigVoorDeSignaalindex() {
        return true;
    }
}
