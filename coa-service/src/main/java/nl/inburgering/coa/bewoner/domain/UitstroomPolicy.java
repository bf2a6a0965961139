package nl.inburgering.coa.bewoner.domain;

import java.util.Optional;

/**
 * Seed §3.3: the asielstatushouder moves to housing in his gekoppelde gemeente and is ingeschreven there; that
 * inschrijving (or verhuizing, in the BRP) ends his stay at COA. A BRP mutation to another gemeente does not: COA
 * keeps the koppeling it made.
 */
public final class UitstroomPolicy {

    private UitstroomPolicy() {
    }

    /**
     * @param gekoppeldeGemeente the gemeente of the current koppeling, if any
     * @param alUitgestroomd     the stay ended before
     * @param nieuweGemeente     the gemeente of which the person became ingezetene
     */
    public static boolean isUitstroom(Optional<String> gekoppeldeGemeente, boolean alUitgestroomd,
            String nieuweGemeente) {
        return !alUitgestroomd && gekoppeldeGemeente.filter(nieuweGemeente::equals).isPresent();
    }
}
