package nl.inburgering.duo.lening.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The terugbetaling DUO fixes: the monthly termijnbedrag, how many termijnen, and the first incasso. */
public record Terugbetaling(BigDecimal termijnbedrag, int aantalTermijnen, LocalDate incassoVanaf) {
}
