package nl.inburgering.duo.resultaten.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a gemeente delivers for one onderdeel: the whole resource, as DUO's PUT replaces it. Without a datum the
 * onderdeel is not (or no longer) afgerond; without verwijtbaar there is no indicatie verwijtbaarheid. Both absent:
 * an earlier registration is withdrawn.
 *
 * @param verwijtbaar DUO's {@code verwijtbaar} Ja (true) / Nee (false); null when not delivered
 */
public record Resultaat(Onderdeel onderdeel, LocalDate datum, Boolean verwijtbaar) {

    public Resultaat {
        Objects.requireNonNull(onderdeel, "onderdeel");
        if (verwijtbaar != null && (onderdeel == Onderdeel.ZROUTE || onderdeel == Onderdeel.PARTICIPATIE)) {
            throw new IllegalArgumentException("de Z-route heeft geen indicatie verwijtbaarheid");
        }
    }

    /** Neither a datum nor a verwijtbaar: the gemeente withdraws what it delivered before. */
    public boolean isIntrekking() {
        return datum == null && verwijtbaar == null;
    }
}
