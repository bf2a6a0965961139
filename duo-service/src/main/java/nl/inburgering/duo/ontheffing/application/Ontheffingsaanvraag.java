package nl.inburgering.duo.ontheffing.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.inburgering.duo.ontheffing.domain.Aanvraagstatus;
import nl.inburgering.duo.ontheffing.domain.Examenonderdeel;
import nl.inburgering.duo.ontheffing.domain.Ontheffingsgrond;
import nl.inburgering.duo.ontheffing.domain.Ontheffingsoort;
import nl.inburgering.duo.ontheffing.domain.Oordeel;
import nl.inburgering.duo.ontheffing.domain.Processtap;
import nl.inburgering.platform.bsn.Bsn;

/** An aanvraag om ontheffing as the backoffice sees it, with every step of its procedure (who, when, why). */
public record Ontheffingsaanvraag(UUID id, Bsn bsn, Ontheffingsgrond grond, Ontheffingsoort gevraagd,
        Set<Examenonderdeel> gevraagdeOnderdelen, LocalDate datumAanvraag, Aanvraagstatus status, String arts,
        BigDecimal eigenBijdrageGeind, LocalDate datumDeskundigenverklaring, Boolean procedureGevolgd, Oordeel oordeel,
        Ontheffingsoort soort, Set<Examenonderdeel> onderdelen, Integer urenBelastbaarheidParticipatieactiviteit,
        LocalDate datumBeschikking, BigDecimal terugbetaald, LocalDate artsBetaaldOp, String adviesGemeente,
        LocalDate adviesGemeenteDatum, boolean machtigingMedischOnderzoek, String medischAdvies, LocalDate naarSzwOp,
        List<Stap> stappen) {

    public record Stap(Processtap stap, String door, Instant op, String toelichting) {
    }
}
