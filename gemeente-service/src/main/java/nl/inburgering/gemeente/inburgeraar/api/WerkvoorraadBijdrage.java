package nl.inburgering.gemeente.inburgeraar.api;

import java.util.Collection;
import java.util.Map;

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
}
