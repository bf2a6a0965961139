package nl.inburgering.coa.bewoner.domain;

import java.util.Optional;

/**
 * Seed §3.3: COA shares the klantprofiel (#15) with the gekoppelde gemeente at four moments: at the koppeling, at
 * the warme overdracht, when COA updates it during voorinburgering, and at the inschrijving in the gemeente. Only
 * while the bewoner is gekoppeld; an update after the stay ended is not shared.
 */
public final class KlantprofielMomentPolicy {

    /** What happened at COA. */
    public enum Aanleiding {
        GEKOPPELD,
        WARME_OVERDRACHT_GEHOUDEN,
        /** The klantprofiel or the voorinburgering (offer, acceptance) was updated. */
        PROFIEL_BIJGEWERKT,
        INGESCHREVEN_IN_GEKOPPELDE_GEMEENTE
    }

    private KlantprofielMomentPolicy() {
    }

    /**
     * @param gekoppeld whether the bewoner has a current koppeling to a gemeente
     * @param inAzc     whether the bewoner still lives in the AZC (no uitstroom yet)
     */
    public static Optional<Klantprofielmoment> moment(Aanleiding aanleiding, boolean gekoppeld, boolean inAzc) {
        if (!gekoppeld) {
            return Optional.empty();
        }
        switch (aanleiding) {
            case GEKOPPELD:
                return inAzc ? Optional.of(Klantprofielmoment.KOPPELING) : Optional.empty();
            case WARME_OVERDRACHT_GEHOUDEN:
                return inAzc ? Optional.of(Klantprofielmoment.WARME_OVERDRACHT) : Optional.empty();
            case PROFIEL_BIJGEWERKT:
                return inAzc ? Optional.of(Klantprofielmoment.BIJGEWERKT_TIJDENS_VOORINBURGERING) : Optional.empty();
            case INGESCHREVEN_IN_GEKOPPELDE_GEMEENTE:
                return Optional.of(Klantprofielmoment.INSCHRIJVING_GEMEENTE);
            default:
                throw new IllegalArgumentException("onbekende aanleiding " + aanleiding);
        }
    }
}
