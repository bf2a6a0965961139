package nl.inburgering.gemeente.vrijstellingontheffing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One decision of DUO on a vrijstelling (#11) or ontheffing (#12), as delivered.
 *
 * @param soort      GEHEEL, TIJDELIJK, GEDEELTELIJK or (ontheffing) AANGEPASTE_EXAMENOMSTANDIGHEDEN
 * @param oordeel    TOEKENNING or AFWIJZING
 * @param grond      vrijstelling: DUO's RedenVrijstelling (DIP, ...; ONBEKEND when DUO gave none); ontheffing: MED or
 *                   BIO
 * @param onderdelen GEDEELTELIJK: the examenonderdelen, for a vrijstelling with niveau (e.g. {@code LE:B1})
 * @param ontvangenOp when the gemeente received it (the PIP must follow after it)
 */
public record Beslissing(Soort beslissing, String soort, String oordeel, String grond, LocalDate datumOordeel,
        LocalDate startdatum, LocalDate einddatum, List<String> onderdelen, Integer urenBelastbaarheid,
        Instant ontvangenOp) {

    public enum Soort {
        VRIJSTELLING, ONTHEFFING
    }

    public Beslissing {
        onderdelen = List.copyOf(onderdelen);
    }

    public boolean toegekend() {
        return "TOEKENNING".equals(oordeel);
    }

    public boolean gedeeltelijk() {
        return "GEDEELTELIJK".equals(soort);
    }
}
