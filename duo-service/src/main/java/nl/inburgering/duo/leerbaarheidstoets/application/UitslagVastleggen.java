package nl.inburgering.duo.leerbaarheidstoets.application;

import java.time.LocalDate;
import java.util.Optional;

import nl.inburgering.duo.leerbaarheidstoets.domain.Score;

/**
 * Command: DUO's toetsafname-systeem reports the uitslag of a toets.
 *
 * @param behaaldeScore empty when the toets gave no score (resultaat Onbekend)
 */
public record UitslagVastleggen(String examennummer, LocalDate datumAfname, Optional<Score> behaaldeScore) {
}
