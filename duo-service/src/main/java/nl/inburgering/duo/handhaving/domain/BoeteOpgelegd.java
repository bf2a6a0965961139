package nl.inburgering.duo.handhaving.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import nl.inburgering.duo.handhaving.domain.Verwijtbaarheidsoordeel.Boeteregel;
import nl.inburgering.platform.bsn.Bsn;

/**
 * Stelseldienst #8: DUO fined the person at handhaving op resultaat (seed §9.3.1), for the gemeente of the person.
 *
 * @param naVerhuizing an earlier boete delivered again to the new gemeente after a verhuizing (aanleiding
 *                     OVERDRACHT_NA_VERHUIZING, seed §13.2)
 */
public record BoeteOpgelegd(Bsn bsn, String gemeentecode, String beschikkingskenmerk, List<Boeteregel> boeteregels,
        BigDecimal totaalbedrag, LocalDate datumBeschikking, LocalDate nieuweEinddatumInburgeringstermijn,
        boolean naVerhuizing) {

    public BoeteOpgelegd {
        boeteregels = List.copyOf(boeteregels);
    }

    /** A new boete (aanleiding NIEUW). */
    public BoeteOpgelegd(Bsn bsn, String gemeentecode, String beschikkingskenmerk, List<Boeteregel> boeteregels,
            BigDecimal totaalbedrag, LocalDate datumBeschikking, LocalDate nieuweEinddatumInburgeringstermijn) {
        this(bsn, gemeentecode, beschikkingskenmerk, boeteregels, totaalbedrag, datumBeschikking,
                nieuweEinddatumInburgeringstermijn, false);
    }
}
