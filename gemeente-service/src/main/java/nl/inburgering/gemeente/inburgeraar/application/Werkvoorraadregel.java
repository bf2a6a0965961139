package nl.inburgering.gemeente.inburgeraar.application;

import java.util.List;
import java.util.Map;

import nl.inburgering.gemeente.inburgeraar.api.Inburgeraar;
import nl.inburgering.gemeente.inburgeraar.api.Signaal;

/**
 * One row of the werkvoorraad: the inburgeraar, what the chapters contributed to his row
 * ({@link nl.inburgering.gemeente.inburgeraar.api.WerkvoorraadBijdrage}) by column name, and every chapter's signals
 * together, oldest first.
 */
public record Werkvoorraadregel(Inburgeraar inburgeraar, Map<String, Object> kolommen, List<Signaal> signalen) {

    public Werkvoorraadregel(Inburgeraar inburgeraar, Map<String, Object> kolommen) {
        this(inburgeraar, kolommen, List.of());
    }

    /** The value of a contributed column; null when no chapter filled it for him. */
    public <T> T kolom(String naam, Class<T> type) {
        return type.cast(kolommen.get(naam));
    }
}
