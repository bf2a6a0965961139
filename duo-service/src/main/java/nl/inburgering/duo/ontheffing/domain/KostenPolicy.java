package nl.inburgering.duo.ontheffing.domain;

import java.math.BigDecimal;

/**
 * The money of the medische procedure (seed §11.2): DUO collects the cost of the deskundigenverklaring from the
 * inburgeraar unless he asked only for aangepaste examenomstandigheden; when the ontheffing is granted in whole or in
 * part DUO refunds it; DUO pays the arts in every case.
 *
 * @param eigenBijdrage what the inburgeraar pays for the deskundigenverklaring, in euro (configuration with its source)
 */
public record KostenPolicy(BigDecimal eigenBijdrage) {

    public KostenPolicy {
        if (eigenBijdrage == null || eigenBijdrage.signum() < 0) {
            throw new IllegalArgumentException("de eigen bijdrage is een bedrag van nul euro of meer");
        }
    }

    /** What DUO collects from the inburgeraar for this aanvraag: nothing for only aangepaste examenomstandigheden. */
    public BigDecimal teInnen(Ontheffingsoort gevraagd) {
        return gevraagd == Ontheffingsoort.AANGEPASTE_EXAMENOMSTANDIGHEDEN ? BigDecimal.ZERO : eigenBijdrage;
    }

    /** What DUO pays back after the beslissing: what it collected, when an ontheffing (whole or partial) is granted. */
    public static BigDecimal terugTeBetalen(BigDecimal geind, Oordeel oordeel, Ontheffingsoort soort) {
        boolean ontheffingToegekend = oordeel == Oordeel.TOEKENNING && soort != Ontheffingsoort.AANGEPASTE_EXAMENOMSTANDIGHEDEN;
        return ontheffingToegekend ? geind : BigDecimal.ZERO;
    }
}
