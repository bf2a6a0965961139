package nl.inburgering.duo.ontheffing.domain;

import java.time.LocalDate;
import java.util.Set;

import nl.inburgering.platform.bsn.Bsn;

/**
 * Stelseldienst #12 as DUO decides it: the beslissing on an aanvraag om ontheffing (medisch or BIO) or aangepaste
 * examenomstandigheden, positive or negative, for the gemeente that has the plicht (the catalogue also addresses IND).
 *
 * @param onderdelen only for a gedeeltelijke ontheffing
 * @param urenBelastbaarheidParticipatieactiviteit only for a gedeeltelijke ontheffing (Z-route), else null
 */
public record OntheffingBeslist(Bsn bsn, String gemeentecode, Ontheffingsoort soort, Ontheffingsgrond grond,
        Oordeel oordeel, LocalDate datumOordeel, Set<Examenonderdeel> onderdelen,
        Integer urenBelastbaarheidParticipatieactiviteit) {

    public OntheffingBeslist {
        onderdelen = Set.copyOf(onderdelen);
    }
}
