package nl.inburgering.duo.ontheffing.application;

import java.util.Set;
import java.util.UUID;

import nl.inburgering.duo.ontheffing.domain.Examenonderdeel;
import nl.inburgering.duo.ontheffing.domain.Ontheffingsoort;
import nl.inburgering.duo.ontheffing.domain.Oordeel;

/**
 * DUO's beslissing on an aanvraag om medische ontheffing (seed §11.2).
 *
 * @param soort null for an afwijzing: what was asked
 * @param uren  urenBelastbaarheidParticipatieactiviteit, only for a gedeeltelijke ontheffing (Z-route)
 */
public record Beslissing(UUID aanvraag, Oordeel oordeel, Ontheffingsoort soort, Set<Examenonderdeel> onderdelen,
        Integer uren, String toelichting) {

    public Beslissing {
        onderdelen = onderdelen == null ? Set.of() : Set.copyOf(onderdelen);
    }
}
