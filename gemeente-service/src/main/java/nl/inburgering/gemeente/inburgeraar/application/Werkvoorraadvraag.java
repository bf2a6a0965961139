package nl.inburgering.gemeente.inburgeraar.application;

import java.util.Set;

import nl.inburgering.gemeente.inburgeraar.api.Signaalsoort;

/**
 * What the klantmanager asks of the werkvoorraad: a page, whose plicht ({@link Status}), only rows with one of these
 * signals (none: every row), in which order; the page after a {@link Werkvoorraadcursor} (keyset, decision 0044) or,
 * without one, page {@code pagina} from the start; and whether to count the whole selection too.
 *
 * @param na        the last row of the previous page; null: from the start (then {@code pagina} counts)
 * @param metTotaal whether to count the selection (a count costs; it is never on every page by default)
 */
public record Werkvoorraadvraag(int pagina, int paginaGrootte, Status status, Set<Signaalsoort> signalen,
        Sortering sortering, Werkvoorraadcursor na, boolean metTotaal) {

    public Werkvoorraadvraag {
        signalen = Set.copyOf(signalen);
    }

    public Werkvoorraadvraag(int pagina, int paginaGrootte, Status status, Set<Signaalsoort> signalen,
            Sortering sortering) {
        this(pagina, paginaGrootte, status, signalen, sortering, null, false);
    }

    /** The werkvoorraad as it always was: the active inburgeraars, newest first. */
    public static Werkvoorraadvraag standaard(int pagina, int paginaGrootte) {
        return new Werkvoorraadvraag(pagina, paginaGrootte, Status.ACTIEF, Set.of(), Sortering.NIEUWSTE_EERST);
    }

    public enum Status {
        /** Whose plicht runs, and whose plicht ended while the gemeente must still act (a certificaat to hand over). */
        ACTIEF,
        /** Whose plicht DUO ended (#3 beëindigd). */
        BEEINDIGD,
        ALLE
    }

    public enum Sortering {
        /** The order of the werkvoorraad: the plicht received last first. */
        NIEUWSTE_EERST,
        /** The termijn that ends first first; without a termijn last. */
        EINDDATUM_TERMIJN,
        /** The oldest signal first; without a signal last. */
        OUDSTE_SIGNAAL
    }
}
