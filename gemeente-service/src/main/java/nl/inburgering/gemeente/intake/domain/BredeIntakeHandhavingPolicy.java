package nl.inburgering.gemeente.intake.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Handhaving op inspanning during the brede intake (seed §9.2). Every time the inburgeringsplichtige does not appear
 * counts: an oproep he missed, and a planned leerbaarheidstoets he did not join ("telt mee voor de drie keer niet
 * meewerken"). "Indien de inburgeringsplichtige niet opdaagt, waarschuwt de gemeente": the first and second time
 * give a waarschuwing. "Na drie keer niet meewerken kan de gemeente overgaan tot het opleggen van een boete": from
 * the third time the gemeente may impose a boete, its own decision, one for each time he stayed away from the third
 * on, and it may set the PIP unilaterally (§4.2). The amount is set by lower regulation (§9.2), so it comes from
 * configuration, capped at the legal maximum.
 */
public final class BredeIntakeHandhavingPolicy {

    /** "Na drie keer niet meewerken aan de brede intake" (seed §9.2). */
    public static final int DREMPEL_NIET_VERSCHENEN = 3;

    private BredeIntakeHandhavingPolicy() {
    }

    /**
     * The gemeente's amounts.
     *
     * @param boete        the bedrag of a boete when the caseworker names none
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
     * What follows the latest no-show by itself: a waarschuwing before the third time; from then on nothing
     * automatic, the gemeente decides on a boete ({@link #boete}).
     *
     * @param aantalKeerNietVerschenen every no-show so far, the latest included
     */
    public static Optional<Besluit> naNietVerschijnen(int aantalKeerNietVerschenen) {
        if (aantalKeerNietVerschenen < DREMPEL_NIET_VERSCHENEN) {
            return Optional.of(new Besluit(Maatregel.WAARSCHUWING, null, aantalKeerNietVerschenen
                    + "e keer niet verschenen bij de brede intake; na " + DREMPEL_NIET_VERSCHENEN
                    + " keer kan de gemeente een boete opleggen"));
        }
        return Optional.empty();
    }

    /** Whether the gemeente may impose a(nother) boete: one for each no-show from the third on. */
    public static boolean boeteToegestaan(int aantalKeerNietVerschenen, int aantalBoetes) {
        return aantalBoetes < aantalKeerNietVerschenen - (DREMPEL_NIET_VERSCHENEN - 1);
    }

    /**
     * The caseworker's decision to impose a boete: allowed from the third no-show, for the bedrag he names (or the
     * gemeente's usual one), never above the maximum.
     *
     * @return the boete to record, or the rules it breaks
     */
    public static Boetebeslissing boete(int aantalKeerNietVerschenen, int aantalBoetes, BigDecimal bedrag,
            Regels regels) {
        List<Regelovertreding> fouten = new ArrayList<>();
        BigDecimal opTeLeggen = bedrag == null ? regels.boete() : bedrag;
        if (opTeLeggen.signum() <= 0 || opTeLeggen.scale() > 2) {
            fouten.add(new Regelovertreding("bedrag", "bedrag",
                    "Het bedrag is een positief bedrag in euro's met hoogstens twee decimalen."));
        } else if (opTeLeggen.compareTo(regels.maximumBoete()) > 0) {
            fouten.add(new Regelovertreding("bedrag", "maximum",
                    "Het bedrag is hoger dan het maximum van " + regels.maximumBoete() + " euro."));
        }
        if (!fouten.isEmpty()) {
            return new Boetebeslissing(fouten, null, false);
        }
        if (!boeteToegestaan(aantalKeerNietVerschenen, aantalBoetes)) {
            return new Boetebeslissing(List.of(), null, true);
        }
        return new Boetebeslissing(List.of(), new Besluit(Maatregel.BOETE, opTeLeggen, aantalKeerNietVerschenen
                + " keer niet verschenen bij de brede intake (oproepen en ingeplande leerbaarheidstoetsen)"), false);
    }

    /**
     * @param ongeldig      what is wrong with the request
     * @param besluit       the boete, when it may be imposed
     * @param nietToegestaan the request is fine but there is no (further) ground: fewer than three no-shows, or a
     *                      boete for each of them already
     */
    public record Boetebeslissing(List<Regelovertreding> ongeldig, Besluit besluit, boolean nietToegestaan) {
    }

    /** From the third no-show the gemeente sets the PIP itself (seed §4.2: "stelt zelf het PIP eenzijdig vast"). */
    public static boolean pipEenzijdigToegestaan(int aantalKeerNietVerschenen) {
        return aantalKeerNietVerschenen >= DREMPEL_NIET_VERSCHENEN;
    }
}
