package nl.inburgering.gemeente.intake.application;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * The caseworker imposes a boete for not cooperating with the brede intake (seed §9.2).
 *
 * @param bedrag null for the gemeente's usual amount
 */
public record BoeteOpleggen(String gemeentecode, UUID inburgeraarId, BigDecimal bedrag) {
}
