package nl.inburgering.duo.leerbaarheidstoets.domain;

import java.time.LocalDate;

import nl.inburgering.platform.bsn.Bsn;

/** Stelseldienst #6: a toets set ready for the gemeente, with the examennummer to plan it with. */
public record LeerbaarheidstoetsKlaargezet(Bsn bsn, String gemeentecode, LocalDate datumKlaargezet, boolean herkansing,
        String examennummer) {
}
