package nl.inburgering.duo.resultaten.domain;

import java.time.LocalDate;
import java.util.List;

import nl.inburgering.platform.bsn.Bsn;

/**
 * Answer to #17 for the delivering gemeente: DUO refused the delivered result, with every broken rule. What DUO
 * registered before stays.
 */
public record ResultaatAfgewezen(Bsn bsn, String gemeentecode, Resultaat resultaat, Kanaal kanaal,
        List<Overtreding> redenen, LocalDate datumAfwijzing) {

    public ResultaatAfgewezen {
        redenen = List.copyOf(redenen);
    }
}
