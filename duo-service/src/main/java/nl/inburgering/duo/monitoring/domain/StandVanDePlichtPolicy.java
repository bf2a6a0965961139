package nl.inburgering.duo.monitoring.domain;

import nl.inburgering.duo.dossier.api.RedenNietPlichtig;

/**
 * The rule by which DUO reports the stand of a plicht to CBS: running while plichtig; otherwise by the reason it
 * ended: voldaan, a gehele ontheffing, a (gehele or tijdelijke) vrijstelling, or ended otherwise (verblijfsdoel
 * gewijzigd, vertrek, overlijden, AOW-leeftijd, ...). NOT VERIFIED against a CBS leveringsovereenkomst (seed §14.1
 * names it but does not publish it): the code list is the contract's Inburgeringsstatus.
 */
public final class StandVanDePlichtPolicy {

    private StandVanDePlichtPolicy() {
    }

    public static StandVanDePlicht stand(boolean plichtig, RedenNietPlichtig reden) {
        if (plichtig || reden == null) {
            return StandVanDePlicht.LOPEND;
        }
        return switch (reden) {
            case INBURGERINGSPLICHT_VOLDAAN -> StandVanDePlicht.VOLDAAN;
            case VOLLEDIGE_ONTHEFFING -> StandVanDePlicht.ONTHEVEN;
            case VOLLEDIGE_VRIJSTELLING, TIJDELIJKE_VRIJSTELLING -> StandVanDePlicht.VRIJGESTELD;
            default -> StandVanDePlicht.BEEINDIGD_OVERIG;
        };
    }
}
