package nl.inburgering.gemeente.asielstatushouder.application;

import java.time.LocalDate;
import java.util.List;
import nl.inburgering.gemeente.asielstatushouder.domain.Variant;
import nl.inburgering.platform.bsn.Bsn;

/** The klantprofiel as COA shared it; {@code afgesprokenVariant} is {@code null} while none is known. */
public record KlantprofielOpnemen(Bsn bsn, String vNummer, String gemeentecode, String moment,
        LocalDate datumBijgewerkt, String geboorteland, List<String> talen, String hoogstGenotenOpleiding,
        String werkervaring, String alfabetiseringsbehoefte, boolean voorinburgeringGevolgd,
        Integer urenVoorinburgering, String bijzonderheden, Variant afgesprokenVariant,
        LocalDate datumWarmeOverdracht, Boolean voorinburgeringGeaccepteerd) {
}
