package nl.inburgering.instelling.factuur.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * DUO's judgement of an invoice (seed §12.2): betaalbaar gesteld with the amount, or afgewezen with every reason.
 *
 * @param bedragBetaalbaar in euro; 0 with an afwijzing
 * @param redenenAfwijzing empty with a betaalbaarstelling
 */
public record Factuurbeoordeling(Factuurstatus oordeel, BigDecimal bedragBetaalbaar, List<String> redenenAfwijzing,
        LocalDate datumBeoordeling) {

    public Factuurbeoordeling {
        Objects.requireNonNull(oordeel, "oordeel");
        Objects.requireNonNull(bedragBetaalbaar, "bedragBetaalbaar");
        Objects.requireNonNull(datumBeoordeling, "datumBeoordeling");
        if (oordeel == Factuurstatus.INGEDIEND) {
            throw new IllegalArgumentException("een beoordeling is betaalbaar gesteld of afgewezen");
        }
        redenenAfwijzing = List.copyOf(redenenAfwijzing);
    }
}
