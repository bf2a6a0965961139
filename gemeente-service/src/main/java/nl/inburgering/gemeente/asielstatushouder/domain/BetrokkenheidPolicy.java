package nl.inburgering.gemeente.asielstatushouder.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * Seed §3.3: "De gemeente en COA maken eventueel binnen 2 weken specifieke afspraken over de wijze waarop de
 * gemeente betrokken is [...]. Indien er geen specifieke afspraken gemaakt worden, gaat COA er vanuit dat de
 * gemeente betrokken is bij de inburgering vanaf de datum inschrijving."
 *
 * <p>The variant COA records in the latest klantprofiel (#15, each one the full state) is the agreement. Without
 * one, the 2 weeks run from the datum koppeling (#14): from the koppeling plus 2 weeks (so the day that
 * 14 days have passed) the default {@link Variant#VANAF_INSCHRIJVING} applies; before that there is no agreement
 * yet, and the answer names the day the default would apply. Without a known koppeling, nothing runs yet.
 */
public final class BetrokkenheidPolicy {

    /** The time COA and the gemeente have to agree on a variant, counted from the datum koppeling. */
    public static final Period AFSPRAAKTERMIJN = Period.ofWeeks(2);

    private BetrokkenheidPolicy() {
    }

    /**
     * @param afgesproken    the variant of the latest klantprofiel, if it names one
     * @param datumKoppeling the datum koppeling of the gemeente's active koppeling, if known
     * @param vandaag        today, from the clock
     */
    public static Betrokkenheid bepaal(Optional<Variant> afgesproken, Optional<LocalDate> datumKoppeling,
            LocalDate vandaag) {
        Optional<LocalDate> standaardVanaf = datumKoppeling.map(datum -> datum.plus(AFSPRAAKTERMIJN));
        if (afgesproken.isPresent()) {
            return new Betrokkenheid(Betrokkenheid.Status.AFGESPROKEN, afgesproken.get(), standaardVanaf.orElse(null));
        }
        if (standaardVanaf.isPresent() && !vandaag.isBefore(standaardVanaf.get())) {
            return new Betrokkenheid(Betrokkenheid.Status.STANDAARD, Variant.VANAF_INSCHRIJVING, standaardVanaf.get());
        }
        return new Betrokkenheid(Betrokkenheid.Status.NOG_GEEN_AFSPRAAK, null, standaardVanaf.orElse(null));
    }
}
