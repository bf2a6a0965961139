package nl.inburgering.coa.bewoner.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * Seed §3.3: within 2 weeks after the koppeling the gemeente and COA may agree how the gemeente is involved while
 * the asielstatushouder is in the AZC; without an afspraak COA assumes the gemeente is involved from the date of
 * inschrijving. The afspraak decides whether COA offers voorinburgering: not in variant 1, where the gemeente
 * already gives lessons in the AZC.
 */
public final class AfspraakPolicy {

    /** The variant that applies when the afspraaktermijn passed without an afspraak. */
    public static final Betrokkenheidsvariant STANDAARD = Betrokkenheidsvariant.VANAF_INSCHRIJVING;

    private final Period termijn;

    /** @param termijn the afspraaktermijn after the date of koppeling (the seed's 2 weeks: P14D) */
    public AfspraakPolicy(Period termijn) {
        this.termijn = Objects.requireNonNull(termijn, "termijn");
        if (termijn.isNegative() || termijn.isZero()) {
            throw new IllegalArgumentException("de afspraaktermijn moet positief zijn");
        }
    }

    /** The last day on which an afspraak can be made: the date of koppeling plus the termijn. */
    public LocalDate uiterlijk(LocalDate datumKoppeling) {
        return datumKoppeling.plus(termijn);
    }

    /** Whether the gekoppelde gemeente may (still) record a variant today. */
    public Beslissing afspraak(LocalDate uiterlijk, LocalDate vandaag, boolean uitgestroomd,
            Optional<Afspraakwijze> bestaandeAfspraak) {
        if (uitgestroomd) {
            return Beslissing.geweigerd("De bewoner is al uitgestroomd naar de gemeente; "
                    + "er valt niets meer af te spreken over zijn verblijf in het AZC.");
        }
        if (bestaandeAfspraak.filter(Afspraakwijze.STANDAARD::equals).isPresent() || vandaag.isAfter(uiterlijk)) {
            return Beslissing.geweigerd("De afspraaktermijn na de koppeling is verstreken (uiterlijk " + uiterlijk
                    + "): de standaard geldt, de gemeente is betrokken vanaf de datum van inschrijving.");
        }
        return Beslissing.toegestaan();
    }

    /** Whether the standaard variant applies now to a koppeling without an afspraak. */
    public boolean standaardVanToepassing(LocalDate uiterlijk, LocalDate vandaag,
            Optional<Betrokkenheidsvariant> variant) {
        return variant.isEmpty() && vandaag.isAfter(uiterlijk);
    }

    /** Whether COA may offer voorinburgering (and record the answer) given the agreed variant. */
    public static Beslissing voorinburgering(Optional<Betrokkenheidsvariant> variant, boolean uitgestroomd,
            boolean plichtOntvangen) {
        if (uitgestroomd) {
            return Beslissing.geweigerd("De bewoner is uitgestroomd; voorinburgering biedt COA alleen in het AZC.");
        }
        if (!plichtOntvangen) {
            return Beslissing.geweigerd("COA heeft van DUO (nog) geen inburgeringsplicht van deze bewoner ontvangen; "
                    + "voorinburgering is voor inburgeringsplichtigen.");
        }
        if (variant.filter(v -> !v.voorinburgeringDoorCoa()).isPresent()) {
            return Beslissing.geweigerd("Met de gemeente is variant 1 afgesproken (brede intake, PIP en "
                    + "inburgeringsaanbod in het AZC): de gemeente geeft al lessen, COA biedt geen voorinburgering.");
        }
        return Beslissing.toegestaan();
    }
}
