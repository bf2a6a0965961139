package nl.inburgering.gemeente.vrijstellingontheffing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Seed §10.2 and §11.2: after a granted gedeeltelijke vrijstelling or ontheffing the gemeente sets the PIP again
 * (the onderdelen changed), or, before any PIP, completes the brede intake with the new facts. One signal for both
 * (decision 0036): shown from the oldest such decision that no PIP followed; a PIP vastgesteld or gewijzigd after the
 * decision arrived answers it. A refusal, a gehele or tijdelijke one (#3 beëindigd follows) or aangepaste
 * examenomstandigheden ask nothing of the PIP.
 */
public final class PipOpnieuwVaststellenPolicy {

    private PipOpnieuwVaststellenPolicy() {
    }

    /**
     * @param laatstePip when the gemeente last vastgesteld or changed a PIP of him; null before any
     * @return the datumOordeel of the oldest unanswered decision, when the signal shows
     */
    public static Optional<LocalDate> signaalSinds(Collection<Beslissing> beslissingen, Instant laatstePip) {
        return beslissingen.stream().filter(Beslissing::toegekend).filter(Beslissing::gedeeltelijk)
                .filter(b -> laatstePip == null || !laatstePip.isAfter(b.ontvangenOp()))
                .map(Beslissing::datumOordeel).min(Comparator.naturalOrder());
    }
}
