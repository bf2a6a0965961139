package nl.inburgering.gemeente.inburgeraar.application;

import java.util.Map;

import nl.inburgering.gemeente.inburgeraar.api.Inburgeraar;

/**
 * One row of the werkvoorraad: the inburgeraar and what the chapters contributed to his row
 * ({@link nl.inburgering.gemeente.inburgeraar.api.WerkvoorraadBijdrage}), by column name.
 */
public record Werkvoorraadregel(Inburgeraar inburgeraar, Map<String, Object> kolommen) {

    /** The value of a contributed column; null when no chapter filled it for him. */
    public <T> T kolom(String naam, Class<T> type) {
        return type.cast(kolommen.get(naam));
    }
}
