package nl.inburgering.duo.lening.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import nl.inburgering.duo.dossier.api.PlichtBeeindigd;

/**
 * What happens to a lening when the plicht ends, and the termijnbedrag (seed §12.3; decision 0039).
 * <ul>
 * <li>Every end of the plicht lets the right lapse: the besteed amount is paid back, voldaan or not. Wi2021 gives
 * the lening only to gezinsmigranten and overige migranten; the kwijtschelding when voldaan in time was for
 * asielmigranten only (Besluit inburgering 2013 art. 4.13 lid 4, Kamervraag 2021Z11526) and inburgeren.nl says
 * "Bent u klaar met inburgeren, dan begint u 6 maanden later met terugbetalen".</li>
 * <li>A tijdelijke vrijstelling changes nothing (the plicht resumes).</li>
 * <li>Overlijden: kwijtgescholden (NOT VERIFIED: DUO's practice for its other loans).</li>
 * </ul>
 * The termijnbedrag is the besteed amount over the looptijd, lowered to the draagkracht when the debiteur's income is
 * known: the draagkrachtpercentage of the income above the drempel, per month (NOT VERIFIED: the formula and its
 * figures are configuration).
 */
public final class Terugbetalingsregels {

    private Terugbetalingsregels() {
    }

    public enum Afloop { TERUGBETALEN, KWIJTSCHELDEN, GEEN_GEVOLG }

    public static Afloop afloop(PlichtBeeindigd.Reden reden) {
        return switch (reden) {
            case TIJDELIJKE_VRIJSTELLING -> Afloop.GEEN_GEVOLG;
            case OVERLIJDEN -> Afloop.KWIJTSCHELDEN;
            default -> Afloop.TERUGBETALEN;
        };
    }

    /**
     * @param jaarinkomen null when DUO does not know the debiteur's income: the standard termijnbedrag
     */
    public static Terugbetaling terugbetaling(BigDecimal schuld, BigDecimal jaarinkomen, LocalDate vastgesteld,
            Terugbetalingsvoorwaarden voorwaarden) {
        BigDecimal standaard = schuld.divide(BigDecimal.valueOf(voorwaarden.looptijdMaanden()), 2,
                RoundingMode.UP);
        BigDecimal termijnbedrag = standaard;
        if (jaarinkomen != null) {
            BigDecimal draagkracht = jaarinkomen.subtract(voorwaarden.drempelinkomen()).max(BigDecimal.ZERO)
                    .multiply(voorwaarden.draagkrachtpercentage())
                    .divide(BigDecimal.valueOf(100 * 12L), 2, RoundingMode.DOWN);
            termijnbedrag = standaard.min(draagkracht);
        }
        return new Terugbetaling(termijnbedrag, voorwaarden.looptijdMaanden(),
                vastgesteld.plusMonths(voorwaarden.incassoNaMaanden()));
    }
}
