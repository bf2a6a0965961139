package nl.inburgering.gemeente.asielstatushouder.domain;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Seed §3.3 and §15.3: COA links an asielstatushouder to one beoogde vestigingsgemeente. When COA links him to
 * another gemeente (#14 naming the vorige gemeente), the koppeling of the vorige gemeente lapses, and so does
 * any other koppeling still active: a person has at most one active koppeling. A gemeente whose koppeling
 * lapsed no longer sees the person, not even the inburgeringsplicht DUO delivered to it.
 */
public final class HerkoppelingPolicy {

    private HerkoppelingPolicy() {
    }

    /**
     * @param nieuweGemeente   the gemeente of the new koppeling
     * @param vorigeGemeente   the vorige gemeente COA names, if any
     * @param actieveGemeenten the gemeenten with an active koppeling of this person now
     * @return the gemeenten whose koppeling lapses; never the new gemeente
     */
    public static Set<String> vervallen(String nieuweGemeente, Optional<String> vorigeGemeente,
            Collection<String> actieveGemeenten) {
        Set<String> vervallen = new TreeSet<>(actieveGemeenten);
        vorigeGemeente.ifPresent(vervallen::add);
        vervallen.remove(nieuweGemeente);
        return vervallen;
    }
}
