package nl.inburgering.instelling.inspanning.domain;

import nl.inburgering.instelling.cursist.api.Contractpartij;

/**
 * Seed §15.5, one source per fact: the inspanning on a contract the gemeente bought (an asielstatushouder) goes to
 * that gemeente only, which forwards it to DUO; on a contract the inburgeraar bought (a gezinsmigrant or overige
 * migrant) straight to DUO only. Never both: DUO would see one inspanning along two routes.
 */
public enum Inspanningsroute {
    /** To the gemeente that bought the lessons (InspanningAsielstatushouderGemeld). */
    GEMEENTE,
    /** Straight to DUO (InspanningGezinsmigrantGemeld). */
    DUO;

    public static Inspanningsroute voor(Contractpartij contractpartij) {
        return switch (contractpartij) {
            case GEMEENTE -> GEMEENTE;
            case INBURGERAAR -> DUO;
        };
    }
}
