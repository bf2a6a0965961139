package nl.inburgering.gemeente.brp.domain;

import nl.inburgering.platform.bsn.Bsn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A vreemdeling ingeschreven as ingezetene of a gemeente in the BRP (seed §3.2).
 */
public record Inschrijving(Bsn bsn, String gemeentecode, LocalDate datumInschrijving, LocalDate geboortedatum) {

    /** The rules between fields; single-field formats are checked at the edge. */
    public List<Regelovertreding> overtredingen(LocalDate vandaag) {
        List<Regelovertreding> overtredingen = new ArrayList<>();
        if (datumInschrijving.isAfter(vandaag)) {
            overtredingen.add(new Regelovertreding("datumInschrijving", "future",
                    "een inschrijving kan niet in de toekomst liggen"));
        }
        if (geboortedatum.isAfter(datumInschrijving)) {
            overtredingen.add(new Regelovertreding("geboortedatum", "afterInschrijving",
                    "de geboortedatum ligt na de datum van inschrijving"));
        }
        return overtredingen;
    }
}
