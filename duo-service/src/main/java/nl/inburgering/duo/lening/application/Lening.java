package nl.inburgering.duo.lening.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.inburgering.duo.lening.domain.Factuurstatus;
import nl.inburgering.duo.lening.domain.Gebeurtenis;
import nl.inburgering.duo.lening.domain.Goedkeuring;
import nl.inburgering.duo.lening.domain.Leerroute;
import nl.inburgering.duo.lening.domain.Leningstatus;
import nl.inburgering.duo.lening.domain.Niveau;
import nl.inburgering.platform.bsn.Bsn;

/** A lening as the backoffice reads it: its state, its facturen and its history. */
public record Lening(UUID id, Bsn bsn, Leningstatus status, BigDecimal gevraagdBedrag, LocalDate datumAanvraag,
        BigDecimal toegekendBedrag, BigDecimal besteedBedrag, BigDecimal restant, List<String> redenenAfwijzing,
        LocalDate datumBeslissing, LocalDate datumEindeRecht, String redenEindeRecht, BigDecimal jaarinkomen,
        BigDecimal termijnbedrag, Integer aantalTermijnen, LocalDate incassoVanaf, List<Factuur> facturen,
        List<Historie> historie) {

    public record Factuur(UUID id, String instellingsnummer, String factuurnummer, Leerroute leerroute, Niveau niveau,
            String omschrijving, BigDecimal bedrag, LocalDate factuurdatum, Factuurstatus status,
            Goedkeuring goedkeuring, Instant goedgekeurdOp, BigDecimal bedragBetaalbaar,
            List<String> redenenAfwijzing, LocalDate datumBeoordeling, LocalDate betaaldOp) {
    }

    public record Historie(Gebeurtenis gebeurtenis, UUID factuurId, String door, Instant op, String toelichting) {
    }
}
