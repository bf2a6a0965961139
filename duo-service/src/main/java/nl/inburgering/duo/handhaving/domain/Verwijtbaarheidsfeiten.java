package nl.inburgering.duo.handhaving.domain;

import java.util.Set;

/**
 * What DUO knows of a person when it judges an overschrijding of the termijn (seed §9.3.1): what the PIP asks, what he
 * passed and tried (#13), what the gemeente registered of PVT and MAP (#17) and of his inspanning (#18), and whether
 * the gemeente itself was late. Onderdelen a vrijstelling or ontheffing took away are neither open nor afgerond-to-do.
 *
 * @param leerroute                the leerroute of the actuele PIP; null when the gemeente never set one
 * @param leerrouteTeLaat          the gemeente set the leerroute after its 10 weeks (termijnbewaking)
 * @param openLeerrouteonderdelen  what the leerroute still asks (exams not passed at the PIP's niveau; for the Z-route
 *                                 the eindgesprek and the participatiecomponent)
 * @param geprobeerd               the open exam onderdelen he took at least once (a definitive uitslag)
 * @param pvtAfgerond              the gemeente registered the PVT as afgerond
 * @param pvtVerwijtbaar           the gemeente's indicatie verwijtbaarheid for the PVT; null when not given
 * @param urenAangeboden           summed over his instellingen, last stand per instelling
 */
public record Verwijtbaarheidsfeiten(Leerroute leerroute, boolean leerrouteTeLaat,
        Set<Leerrouteonderdeel> openLeerrouteonderdelen, Set<Leerrouteonderdeel> geprobeerd, boolean pvtAfgerond,
        Boolean pvtVerwijtbaar, boolean mapAfgerond, Boolean mapVerwijtbaar, int urenAangeboden, int urenAanwezig,
        int urenOngeoorloofdVerzuim) {

    public Verwijtbaarheidsfeiten {
        openLeerrouteonderdelen = Set.copyOf(openLeerrouteonderdelen);
        geprobeerd = Set.copyOf(geprobeerd);
    }

    public enum Leerroute { B1_ROUTE, ONDERWIJSROUTE, Z_ROUTE }

    /** The exam onderdelen of the B1-route and onderwijsroute, and the Z-route's two results. */
    public enum Leerrouteonderdeel {
        KNM, LEZEN, LUISTEREN, SCHRIJVEN, SPREKEN, ZROUTE_EINDGESPREK, ZROUTE_PARTICIPATIE;

        public boolean isExamen() {
            return this != ZROUTE_EINDGESPREK && this != ZROUTE_PARTICIPATIE;
        }
    }
}
