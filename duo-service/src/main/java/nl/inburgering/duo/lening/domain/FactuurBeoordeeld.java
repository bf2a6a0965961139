package nl.inburgering.duo.lening.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import nl.inburgering.platform.bsn.Bsn;

/** DUO checked a factuur from a lening: betaalbaar gesteld (with the amount) or afgewezen (with every reason). */
public record FactuurBeoordeeld(Bsn bsn, String factuurnummer, String instellingsnummer, Factuuroordeel oordeel,
        BigDecimal bedragBetaalbaar, List<String> redenenAfwijzing, LocalDate datumBeoordeling) {

    public FactuurBeoordeeld {
        redenenAfwijzing = List.copyOf(redenenAfwijzing);
    }
}
