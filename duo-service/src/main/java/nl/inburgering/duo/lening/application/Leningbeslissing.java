package nl.inburgering.duo.lening.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * DUO's beslissing on an aanvraag: a toekenning with the total amount, or an afwijzing with its reasons.
 *
 * @param bedrag  only with a toekenning
 * @param redenen only with an afwijzing
 */
public record Leningbeslissing(UUID lening, boolean toekenning, BigDecimal bedrag, List<String> redenen,
        String toelichting) {

    public Leningbeslissing {
        redenen = redenen == null ? List.of() : List.copyOf(redenen);
    }
}
