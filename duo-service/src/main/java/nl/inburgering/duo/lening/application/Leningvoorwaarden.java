package nl.inburgering.duo.lening.application;

import java.math.BigDecimal;

import nl.inburgering.duo.lening.domain.Terugbetalingsvoorwaarden;

/** The maximum of a lening and how it is paid back, from {@code keten.duo.lening} (with their sources there). */
public record Leningvoorwaarden(BigDecimal maximum, Terugbetalingsvoorwaarden terugbetaling) {
}
