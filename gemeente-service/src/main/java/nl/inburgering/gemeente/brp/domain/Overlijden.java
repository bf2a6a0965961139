package nl.inburgering.gemeente.brp.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.inburgering.platform.bsn.Bsn;

/**
 * An ingezetene died. The gemeente where he is ingeschreven registers it; the day cannot lie in the future, nor
 * before his birth.
 */
public record Overlijden(Bsn bsn, String gemeentecode, LocalDate datumOverlijden) {

    /** The rules between this overlijden and what is known of the person. */
    public List<Regelovertreding> overtredingen(LocalDate vandaag, LocalDate geboortedatum) {
        List<Regelovertreding> overtredingen = new ArrayList<>();
        if (datumOverlijden.isAfter(vandaag)) {
            overtredingen.add(new Regelovertreding("datumOverlijden", "future",
                    "een overlijden kan niet in de toekomst liggen"));
        }
        if (datumOverlijden.isBefore(geboortedatum)) {
            overtredingen.add(new Regelovertreding("datumOverlijden", "beforeGeboorte",
                    "de datum van overlijden ligt voor de geboortedatum"));
        }
        return overtredingen;
    }
}
