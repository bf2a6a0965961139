package nl.inburgering.duo.leerbaarheidstoets.web;

import java.time.LocalDate;

import nl.inburgering.duo.leerbaarheidstoets.application.LeerbaarheidstoetsRaadplegen;
import nl.inburgering.duo.leerbaarheidstoets.domain.Score;

/**
 * Schema {@code Resultaat} of DUO's Leerbaarheidstoets API 1.2.0. The spec makes {@code behaaldeScore}
 * required; a toets that gave no score (resultaat Onbekend) shows {@value #GEEN_SCORE}: no points were scored,
 * and the resultaat says the score tells nothing.
 */
record Resultaat(String resultaat, String behaaldeScore, String benodigdeScore, LocalDate datumAfname) {

    static final String GEEN_SCORE = "0,00";

    static Resultaat van(LeerbaarheidstoetsRaadplegen.Resultaat r) {
        return new Resultaat(r.resultaat().omschrijving(), r.behaaldeScore().map(Score::tekst).orElse(GEEN_SCORE),
                r.benodigdeScore().tekst(), r.datumAfname());
    }
}
