package nl.inburgering.gemeente.overdracht.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A boete the old gemeente imposed on inspanning (seed §9.2), as it passes in the overdracht (#19): at the brede
 * intake (no instelling) or for ongeoorloofd verzuim at an instelling. Such a boete never went to DUO, so the new
 * gemeente learns of it only here.
 *
 * @param instellingsnummer null for a boete at the brede intake
 */
public record BoeteOpInspanning(LocalDate datum, BigDecimal bedrag, String reden, String instellingsnummer) {

    /** Both kinds in one list, oldest first (a stable order: the receiver shows them as they came). */
    public static List<BoeteOpInspanning> samen(List<BoeteOpInspanning> bijDeIntake,
            List<BoeteOpInspanning> opVerzuim) {
        return Stream.concat(bijDeIntake.stream(), opVerzuim.stream())
                .sorted(Comparator.comparing(BoeteOpInspanning::datum)).toList();
    }
}
