package nl.inburgering.duo.handhaving.domain;

import java.math.BigDecimal;
import java.time.Period;
import java.util.Map;
import java.util.Objects;

/**
 * The figures of handhaving op resultaat, from configuration ({@code keten.duo.handhaving}, with their sources):
 *
 * @param aanwezigheidsdrempelProcent  his inspanning counts as good from this share of the offered hours present
 *                                     (and no ongeoorloofd verzuim)
 * @param maxOpenVoorBeperkteVerlenging at most this many onderdelen still open counts as "almost done"
 * @param boetes                       the amount per onderdeel not behaald through his own fault
 * @param verlengingNietVerwijtbaar    how much longer the termijn runs when the overschrijding is not verwijtbaar
 * @param beperkteVerlenging           how much longer after an aanzienlijke inspanning
 * @param nieuweTermijn                the new termijn that comes with a boete
 */
public record Handhavingsregels(int aanwezigheidsdrempelProcent, int maxOpenVoorBeperkteVerlenging,
        Map<Boeteonderdeel, BigDecimal> boetes, Period verlengingNietVerwijtbaar, Period beperkteVerlenging,
        Period nieuweTermijn) {

    public Handhavingsregels {
        boetes = Map.copyOf(boetes);
        for (Boeteonderdeel onderdeel : Boeteonderdeel.values()) {
            Objects.requireNonNull(boetes.get(onderdeel), "geen boetebedrag voor " + onderdeel);
        }
    }
}
