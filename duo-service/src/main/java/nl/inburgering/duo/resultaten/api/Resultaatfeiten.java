package nl.inburgering.duo.resultaten.api;

import java.time.LocalDate;
import java.util.List;

import nl.inburgering.platform.bsn.Bsn;

/**
 * The results of PVT, MAP and Z-route (#17) DUO registered for a person, one per onderdeel. It records nothing in the
 * Logboek itself: the caller reads within its own verwerking.
 */
public interface Resultaatfeiten {

    List<Resultaat> resultaten(Bsn bsn);

    /** PVT, MAP, the Z-route's eindgesprek (ZROUTE) and its participatiecomponent (PARTICIPATIE). */
    enum Onderdeel { PVT, MAP, ZROUTE, PARTICIPATIE }

    /**
     * @param datum       the day the onderdeel was afgerond; null when the gemeente registered only an indication
     * @param verwijtbaar the gemeente's indicatie verwijtbaarheid (PVT, MAP); null when not given
     */
    record Resultaat(Onderdeel onderdeel, LocalDate datum, Boolean verwijtbaar, String gemeentecode) {

        public boolean isAfgerond() {
            return datum != null;
        }
    }
}
