package nl.inburgering.gemeente.asielstatushouder.domain;

import java.util.Optional;

import nl.inburgering.gemeente.asielstatushouder.api.Betrokkenheidsvariant.Stap;

/**
 * Seed §3.3 (and §3.3.1-3.3.3): which steps of the gemeente's own process the agreed variant allows while the
 * asielstatushouder still lives in the AZC.
 * <ul>
 * <li>Variant 1: brede intake, PIP and inburgeringsaanbod in the AZC ("die kan direct met de lessen beginnen").</li>
 * <li>Variant 2: the brede intake and the contouren of the PIP in the AZC; "bij vestiging in de gemeente" the
 * beschikking and the inburgeringsaanbod.</li>
 * <li>Variant 3: "de gemeente voert pas een brede intake uit als de asielstatushouder zich heeft gevestigd".</li>
 * <li>No agreement within 2 weeks: "betrokken vanaf de datum inschrijving in de gemeente", so as variant 3.</li>
 * <li>Within the 2 weeks, before any agreement, nothing binds the gemeente yet (decision 0025).</li>
 * </ul>
 * After the vestiging (ingeschreven in the gemeente), and for someone who is not in an AZC, every step may be taken.
 */
public final class VariantPolicy {

    private VariantPolicy() {
    }

    /**
     * @param bindend the variant that applies (agreed, or the default after 2 weeks); null while nothing binds yet
     * @param inAzc   whether the person still lives in the AZC (an active koppeling, not yet ingeschreven here)
     * @return why the step comes too early, naming the variant; empty when allowed
     */
    public static Optional<String> teVroeg(Variant bindend, boolean inAzc, Stap stap) {
        if (!inAzc || bindend == null || bindend == Variant.BREDE_INTAKE_PIP_EN_AANBOD_IN_AZC) {
            return Optional.empty();
        }
        if (bindend == Variant.BREDE_INTAKE_EN_PIP_CONTOUREN_IN_AZC) {
            return switch (stap) {
                case BREDE_INTAKE -> Optional.empty();
                case PIP_BESCHIKKEN -> Optional.of("Met COA is " + bindend.benoemd() + " afgesproken: in het AZC "
                        + "worden alleen de contouren van het PIP besproken; het PIP wordt pas na vestiging in de "
                        + "gemeente vastgesteld en beschikt.");
                case INBURGERINGSAANBOD -> Optional.of("Met COA is " + bindend.benoemd() + " afgesproken: het "
                        + "inburgeringsaanbod volgt pas na vestiging in de gemeente.");
            };
        }
        String afspraak = bindend == Variant.VANAF_INSCHRIJVING
                ? "Binnen 2 weken na de koppeling is met COA geen variant afgesproken, dus geldt "
                        + bindend.benoemd() + ": de gemeente is betrokken vanaf de inschrijving in de gemeente"
                : "Met COA is " + bindend.benoemd() + " afgesproken";
        return Optional.of(afspraak + "; de brede intake begint pas na vestiging in de gemeente, en het PIP en "
                + "het inburgeringsaanbod volgen daarna.");
    }
}
