package nl.inburgering.gemeente.pip.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The definitive inburgeringsaanbod to an asielstatushouder, the part DUO needs (#16, seed §4.2): where he can
 * follow education, from when to when, with or without alfabetisering.
 *
 * @param verwachteStartdatumOpleiding null when not known yet
 * @param verwachteEinddatumOpleiding  null when not known yet
 */
public record Inburgeringsaanbod(LocalDate datumInburgeringsaanbod, LocalDate verwachteStartdatumOpleiding,
        LocalDate verwachteEinddatumOpleiding, Alfabetisering alfabetisering, List<String> instellingsnummers) {

    public Inburgeringsaanbod {
        Objects.requireNonNull(datumInburgeringsaanbod, "datumInburgeringsaanbod");
        Objects.requireNonNull(alfabetisering, "alfabetisering");
        instellingsnummers = List.copyOf(instellingsnummers);
    }
}
