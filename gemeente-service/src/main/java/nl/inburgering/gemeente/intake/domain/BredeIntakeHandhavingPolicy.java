package nl.inburgering.gemeente.intake.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Handhaving op inspanning during the brede intake (seed §4.2 and §9.2). Every time the inburgeringsplichtige does
 * not appear counts: an oproep he missed, and a planned leerbaarheidstoets he did not join ("telt mee voor de drie
 * keer niet meewerken"). At the third time the gemeente's handhaving starts with a waarschuwing, and from then on
 * it may set the PIP unilaterally; every time he stays away after the waarschuwing leads to a boete. The amount is
 * set by lower regulation (§9.2), so it comes from configuration, capped at the legal maximum.
 */
public final class BredeIntakeHandhavingPolicy {

    /** "Driemaal niet op komt dagen in het kader van de brede intake" (seed §4.2). */
    public static final int DREMPEL_NIET_VERSCHENEN = 3;

    private BredeIntakeHandhavingPolicy() {
    }

    /**
     * The gemeente's amounts.
     *
     * @param boete        the bedrag of a boete the gemeente imposes
     * @param maximumBoete the maximum of a boete for handhaving op inspanning by the gemeente
     */
    public record Regels(BigDecimal boete, BigDecimal maximumBoete) {

        public Regels {
            if (boete == null || maximumBoete == null || boete.signum() <= 0) {
                throw new IllegalArgumentException("een boete en een maximum boven nul zijn nodig");
            }
            if (boete.compareTo(maximumBoete) > 0) {
                throw new IllegalArgumentException(
                        "de boete (" + boete + ") is hoger dan het maximum (" + maximumBoete + ")");
            }
        }
    }

    /** A measure to record; {@code bedrag} only for a boete. */
    public record Besluit(Maatregel maatregel, BigDecimal bedrag, String reden) {
    }

    /**
     * What follows the latest no-show.
     *
     * @param aantalKeerNietVerschenen every no-show so far, the latest included
     * @param waarschuwingGegeven      the gemeente already warned him
     */
    public static Optional<Besluit> naNietVerschijnen(int aantalKeerNietVerschenen, boolean waarschuwingGegeven,
            Regels regels) {
        if (waarschuwingGegeven) {
            return Optional.of(new Besluit(Maatregel.BOETE, regels.boete(),
                    aantalKeerNietVerschenen + "e keer niet verschenen bij de brede intake, na de waarschuwing"));
        }
        if (aantalKeerNietVerschenen >= DREMPEL_NIET_VERSCHENEN) {
            return Optional.of(new Besluit(Maatregel.WAARSCHUWING, null, aantalKeerNietVerschenen
                    + " keer niet verschenen bij de brede intake (oproepen en ingeplande leerbaarheidstoetsen)"));
        }
        return Optional.empty();
    }

    /** From the third no-show the gemeente sets the PIP itself (seed §4.2: "stelt zelf het PIP eenzijdig vast"). */
    public static boolean pipEenzijdigToegestaan(int aantalKeerNietVerschenen) {
        return aantalKeerNietVerschenen >= DREMPEL_NIET_VERSCHENEN;
    }
}
