package nl.inburgering.gemeente.inburgeraar.application;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * How far each inburgeraar on a page of the werkvoorraad is (seed §4): whether his PIP went to DUO and what DUO
 * answered, and when his inburgeringstermijn ends. The PIP feature knows; the werkvoorraad asks for a whole page at
 * once, so a page costs the same few queries however long it is.
 */
public interface Voortgang {

    /** @return the stand per BSN; a BSN without PIP or termijn may be absent */
    Map<String, Stand> van(String gemeentecode, Collection<String> bsns);

    /**
     * @param statusPip                   VERZONDEN, GEREGISTREERD or AFGEWEZEN for his actuele PIP; null without PIP
     * @param einddatumInburgeringstermijn the last day of the termijn DUO set; null before DUO set one
     */
    record Stand(String statusPip, LocalDate einddatumInburgeringstermijn) {

        public static final Stand GEEN = new Stand(null, null);
    }
}
