package nl.inburgering.gemeente.handhaving.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** DUO's #8 BoeteOpgelegd as the gemeente keeps it. */
public record OpgelegdeBoete(String beschikkingskenmerk, BigDecimal bedrag, LocalDate datumBeschikking,
        LocalDate nieuweEinddatumInburgeringstermijn) {
}
