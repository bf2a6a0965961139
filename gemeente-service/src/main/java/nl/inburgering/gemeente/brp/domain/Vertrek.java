package nl.inburgering.gemeente.brp.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.inburgering.platform.bsn.Bsn;

/**
 * An ingezetene left the Netherlands (seed §13.3). The gemeente where he is ingeschreven registers it; the vertrek
 * cannot lie in the future, nor before he came to live in the gemeente.
 *
 * @param landVanVertrek ISO 3166-1 alpha-2, when known
 */
public record Vertrek(Bsn bsn, String gemeentecode, LocalDate datumVertrek, String landVanVertrek) {

    /** The rules between this vertrek and what is known of the person; single-field formats are checked at the edge. */
    public List<Regelovertreding> overtredingen(LocalDate vandaag, LocalDate woontSinds) {
        List<Regelovertreding> overtredingen = new ArrayList<>();
        if (datumVertrek.isAfter(vandaag)) {
            overtredingen.add(new Regelovertreding("datumVertrek", "future",
                    "een vertrek kan niet in de toekomst liggen"));
        }
        if (datumVertrek.isBefore(woontSinds)) {
            overtredingen.add(new Regelovertreding("datumVertrek", "beforeVestiging",
                    "de datum van vertrek ligt voor de datum waarop de persoon in de gemeente kwam wonen"));
        }
        return overtredingen;
    }
}
