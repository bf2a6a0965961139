package nl.inburgering.gemeente.overdracht.domain;

import java.time.LocalDate;
import java.util.List;

/** The old gemeente's inburgeringsaanbod as it passed in the overdracht (#19, asielstatushouders). */
public record OvergedragenAanbod(LocalDate datumInburgeringsaanbod, LocalDate verwachteStartdatumOpleiding,
        LocalDate verwachteEinddatumOpleiding, List<String> instellingsnummers) {

    public OvergedragenAanbod {
        instellingsnummers = instellingsnummers == null ? List.of() : List.copyOf(instellingsnummers);
    }
}
