package nl.inburgering.duo.lening.domain;

import java.math.BigDecimal;

/**
 * How DUO sets the terugbetaling (seed §12.3), from configuration with its sources ({@code keten.duo.lening}).
 *
 * @param looptijdMaanden       the number of monthly termijnen
 * @param incassoNaMaanden      the months between the vaststelling and the first incasso
 * @param drempelinkomen        the yearly income below which the draagkracht is nil
 * @param draagkrachtpercentage the part of the income above the drempel that may go to the termijnen each year
 */
public record Terugbetalingsvoorwaarden(int looptijdMaanden, int incassoNaMaanden, BigDecimal drempelinkomen,
        BigDecimal draagkrachtpercentage) {
}
