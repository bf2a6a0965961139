package nl.inburgering.instelling.factuur.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.inburgering.instelling.factuur.domain.Factuur;
import nl.inburgering.instelling.factuur.domain.Factuurstatus;
import nl.inburgering.instelling.factuur.persistence.FactuurEntity;

/**
 * An invoice as the medewerker reads it, with DUO's judgement once it came.
 *
 * @param bedragBetaalbaar only when BETAALBAAR_GESTELD
 * @param redenenAfwijzing every reason DUO gave, only when AFGEWEZEN
 */
public record Factuurweergave(UUID id, Factuur factuur, Factuurstatus status, BigDecimal bedragBetaalbaar,
        LocalDate datumBeoordeling, List<String> redenenAfwijzing, Instant ingediendOp) {

    static Factuurweergave van(FactuurEntity e) {
        boolean betaalbaar = e.getStatus() == Factuurstatus.BETAALBAAR_GESTELD;
        return new Factuurweergave(e.getId(), e.alsFactuur(), e.getStatus(),
                betaalbaar ? e.getBedragBetaalbaar() : null, e.getDatumBeoordeling(), e.getRedenenAfwijzing(),
                e.getIngediendOp());
    }
}
