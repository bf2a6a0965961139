package nl.inburgering.duo.ontheffing.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.inburgering.platform.bsn.Bsn;

/**
 * A person's decided aanvragen om ontheffing or aangepaste examenomstandigheden (seed §11), for the M2M Ontheffing
 * API, IND's pull and DUO's exam module (aangepaste examenomstandigheden). The caller's verwerking logs the read.
 */
public interface Ontheffingen {

    /** Every beslissing of the person, positive or negative, oldest first. */
    List<Ontheffing> van(Bsn bsn);

    /** Whether DUO granted the person aangepaste examenomstandigheden (for the exam module). */
    default boolean heeftAangepasteExamenomstandigheden(Bsn bsn) {
        return van(bsn).stream().anyMatch(o -> o.toegekend() && "AANGEPASTE_EXAMENOMSTANDIGHEDEN".equals(o.soort()));
    }

    /**
     * @param soort      GEHEEL, GEDEELTELIJK or AANGEPASTE_EXAMENOMSTANDIGHEDEN
     * @param grond      MED or BIO
     * @param onderdelen the examenonderdelen of a gedeeltelijke ontheffing (KNM, LE, LU, SC, SP)
     */
    record Ontheffing(String soort, String grond, boolean toegekend, LocalDate datumAanvraag,
            LocalDate datumBeschikking, Set<String> onderdelen, Integer urenBelastbaarheidParticipatieactiviteit) {

        public Ontheffing {
            onderdelen = Set.copyOf(onderdelen);
        }
    }
}
