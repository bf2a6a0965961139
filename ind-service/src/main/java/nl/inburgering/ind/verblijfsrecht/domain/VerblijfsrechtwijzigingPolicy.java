package nl.inburgering.ind.verblijfsrecht.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Seed §13.4, §13.5: which change of verblijfsrecht IND registers. A change to the doel the person already has, or an
 * end of a verblijfsrecht that already ended the same way, is the same registration again: nothing new (idempotent).
 * A verblijfsrecht that ended cannot change any more (a new verblijfsrecht is a new vergunning), and a change cannot
 * take effect before the verblijfsrecht it changes.
 */
public final class VerblijfsrechtwijzigingPolicy {

    private VerblijfsrechtwijzigingPolicy() {
    }

    /**
     * @param huidig      the vergunning as it stands (its doel since {@code huidig.ingangsdatum()})
     * @param beeindigdDoor how the verblijfsrecht ended, empty while it stands
     */
    public static Uitkomst beoordeel(Verblijfsvergunning huidig, Optional<SoortWijziging> beeindigdDoor,
            SoortWijziging soort, Verblijfsdoel nieuwVerblijfsdoel, boolean referentIsAsielstatushouder,
            LocalDate ingangsdatum) {
        if (beeindigdDoor.isPresent()) {
            return beeindigdDoor.get() == soort ? new Uitkomst.AlGeregistreerd()
                    : new Uitkomst.Geweigerd("Dit verblijfsrecht is al beëindigd ("
                            + beeindigdDoor.get().name() + "); een nieuw verblijfsrecht is een nieuwe vergunning.");
        }
        if (soort == SoortWijziging.VERBLIJFSDOEL_GEWIJZIGD && nieuwVerblijfsdoel == huidig.verblijfsdoel()
                && referentIsAsielstatushouder == huidig.referentIsAsielstatushouder()) {
            return new Uitkomst.AlGeregistreerd();
        }
        if (ingangsdatum.isBefore(huidig.ingangsdatum())) {
            return new Uitkomst.Geweigerd("De wijziging kan niet ingaan vóór het verblijfsrecht dat zij wijzigt ("
                    + huidig.ingangsdatum() + ").");
        }
        return new Uitkomst.Wijzigen(new Verblijfsrechtwijziging(huidig.vNummer(), huidig.bsn(), soort,
                huidig.verblijfsdoel(), soort.beeindigt() ? null : nieuwVerblijfsdoel,
                !soort.beeindigt() && referentIsAsielstatushouder, ingangsdatum));
    }

    public sealed interface Uitkomst {
        record Wijzigen(Verblijfsrechtwijziging wijziging) implements Uitkomst {
        }

        /** The same change again: nothing new, no second #2. */
        record AlGeregistreerd() implements Uitkomst {
        }

        record Geweigerd(String reden) implements Uitkomst {
        }
    }
}
