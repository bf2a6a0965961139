package nl.inburgering.duo.leerbaarheidstoets.domain;

import java.time.LocalDate;

import nl.inburgering.platform.bsn.Bsn;

/** Stelseldienst #6: the uitkomst of a complete toets, for the gemeente of the verklaring. */
public record LeerbaarheidstoetsUitkomstVastgesteld(Bsn bsn, String gemeentecode, Uitkomst uitkomst,
        LocalDate datumAfname) {
}
