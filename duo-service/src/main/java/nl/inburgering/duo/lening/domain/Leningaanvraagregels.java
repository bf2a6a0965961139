package nl.inburgering.duo.lening.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who may borrow and how much (seed §12.1, §12.2): only a plichtige gezinsmigrant or overige migrant; an
 * asielstatushouder gets his aanbod from the gemeente, which pays his onderwijs, and has no right to a lening. One
 * lening at a time. A toekenning is a positive amount of at most the maximum (configuration with its source).
 */
public final class Leningaanvraagregels {

    private Leningaanvraagregels() {
    }

    /** Why the person may not apply; empty when he may. */
    public static Optional<String> bezwaarTegenAanvraag(boolean plichtig, boolean asielstatushouder,
            boolean heeftLopendeLening) {
        if (asielstatushouder) {
            return Optional.of("Een asielstatushouder heeft geen recht op een lening: de gemeente doet hem een "
                    + "inburgeringsaanbod en betaalt zijn onderwijs (seed §12.1).");
        }
        if (!plichtig) {
            return Optional.of("Alleen een inburgeringsplichtige gezinsmigrant of overige migrant kan een lening "
                    + "aanvragen; deze persoon is niet inburgeringsplichtig.");
        }
        if (heeftLopendeLening) {
            return Optional.of("Deze persoon heeft al een lening die is aangevraagd of toegekend.");
        }
        return Optional.empty();
    }

    /** The problems of an amount to be toegekend, each a sentence; empty when it may be toegekend. */
    public static List<String> bezwarenTegenBedrag(BigDecimal bedrag, BigDecimal maximum) {
        List<String> bezwaren = new ArrayList<>();
        if (bedrag.signum() <= 0) {
            bezwaren.add("Het toegekende bedrag is groter dan 0.");
        }
        if (bedrag.compareTo(maximum) > 0) {
            bezwaren.add("Het toegekende bedrag is ten hoogste het maximum van de lening, EUR "
                    + maximum.toPlainString() + ".");
        }
        if (bedrag.scale() > 2) {
            bezwaren.add("Een bedrag heeft ten hoogste 2 decimalen (euro en centen).");
        }
        return bezwaren;
    }
}
