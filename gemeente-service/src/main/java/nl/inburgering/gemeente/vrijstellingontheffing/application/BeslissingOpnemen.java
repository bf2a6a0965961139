package nl.inburgering.gemeente.vrijstellingontheffing.application;

import java.time.LocalDate;
import java.util.List;

import nl.inburgering.gemeente.vrijstellingontheffing.domain.Beslissing;
import nl.inburgering.platform.bsn.Bsn;

/** DUO's decision on a vrijstelling (#11) or ontheffing (#12) for this gemeente, validated, as delivered. */
public record BeslissingOpnemen(Bsn bsn, String gemeentecode, Beslissing.Soort beslissing, String soort,
        String oordeel, String grond, LocalDate datumOordeel, LocalDate startdatum, LocalDate einddatum,
        List<String> onderdelen, Integer urenBelastbaarheid) {

    public BeslissingOpnemen {
        onderdelen = List.copyOf(onderdelen);
    }
}
