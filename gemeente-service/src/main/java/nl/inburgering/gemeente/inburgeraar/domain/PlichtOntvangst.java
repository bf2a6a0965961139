package nl.inburgering.gemeente.inburgeraar.domain;

import java.util.Optional;

/**
 * What the gemeente does with an Inburgeringsplicht vastgesteld (#3) of DUO (seed §3.2, §3.3, §13.2).
 *
 * <p>An asielstatushouder in an AZC is ingeschreven in the AZC gemeente, which is not his gemeente: DUO delivers
 * his #3 to COA (ontvanger COA, with the AZC gemeente as gemeentecode). The gemeente ignores such a delivery, so
 * the AZC gemeente never gets him in its werkvoorraad; so does it a delivery for a receiver it does not know.
 * A delivery for a gemeente (ontvanger GEMEENTE) adds the person to that gemeente's werkvoorraad, updates him
 * there, or moves him from the gemeente that had him (COA linked him to another gemeente, or he moved), after
 * which the other gemeente no longer sees him.
 */
public final class PlichtOntvangst {

    /** The receiver for whom the gemeente processes a delivery; the name of DUO's code. */
    private static final String ONTVANGER_GEMEENTE = "GEMEENTE";

    private PlichtOntvangst() {
    }

    public enum Verwerking {
        /** Not for a gemeente (COA, or a receiver this service does not know): nothing is stored. */
        NEGEREN,
        /** The person is new to the gemeentelijke store. */
        OPNEMEN,
        /** The gemeente already has the person: his plicht is updated, his place in the werkvoorraad kept. */
        BIJWERKEN,
        /** Another gemeente had the person: he moves to this one, as a new entry of its werkvoorraad. */
        OVERNEMEN_VAN_ANDERE_GEMEENTE
    }

    /** Whether a delivery with this receiver is meant for a gemeente at all. */
    public static boolean isVoorGemeente(String ontvanger) {
        return ONTVANGER_GEMEENTE.equals(ontvanger);
    }

    /**
     * @param ontvanger       the receiver named in the delivery
     * @param huidigeGemeente the gemeente that has the person now, if any
     * @param gemeentecode    the gemeente of the delivery
     */
    public static Verwerking bepaal(String ontvanger, Optional<String> huidigeGemeente, String gemeentecode) {
        if (!isVoorGemeente(ontvanger)) {
            return Verwerking.NEGEREN;
        }
        if (huidigeGemeente.isEmpty()) {
            return Verwerking.OPNEMEN;
        }
        return huidigeGemeente.get().equals(gemeentecode) ? Verwerking.BIJWERKEN
                : Verwerking.OVERNEMEN_VAN_ANDERE_GEMEENTE;
    }
}
