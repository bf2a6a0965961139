package nl.inburgering.gemeente.inspanning.api;

import nl.inburgering.platform.bsn.Bsn;

/**
 * Seed §5.3 and §6.3 ("de gemeente actualiseert voor asielstatushouders de gegevens omtrent de verrichte
 * inspanning"): before the gemeente changes the PIP of an asielstatushouder (afschalen, wisselen van leerroute), it
 * brings #18 up to date at DUO. This forwards the latest stand the gemeente knows of each instelling once more, with
 * the moment that asks for it. Call it in the transaction of the change, before the changed PIP is published.
 */
public interface InspanningBijwerken {

    /** Why the stand is delivered now: the moments of seed §14.2.1 (the contract's Actualisatiemoment). */
    enum Aanleiding {
        WIJZIGING_LEERROUTE,
        WIJZIGING_DOELGROEP,
        VERHUIZING_BINNENLAND,
        VERTREK_BUITENLAND,
        EINDE_INBURGERINGSTERMIJN,
        TIJDELIJKE_VRIJSTELLING,
        TUSSENTIJDS
    }

    /**
     * @return how many stands (one per instelling) went to DUO again; 0 when the gemeente knows no inspanning of him
     */
    int bijwerken(Bsn bsn, String gemeentecode, Aanleiding aanleiding);
}
