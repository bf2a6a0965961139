package nl.inburgering.duo.examen.api;

import java.time.LocalDate;
import java.util.List;

import nl.inburgering.platform.bsn.Bsn;

/**
 * The exams DUO knows of a person. It records nothing in the Logboek itself: the caller reads within its own
 * verwerking, which records the activity it performs.
 */
public interface Examenfeiten {

    /** Every exam the person was registered for, with or without an uitslag, oldest registration first. */
    List<Examen> examens(Bsn bsn);

    enum Onderdeel { KNM, LE, LU, SC, SP }

    enum Niveau { A2, B1, B2 }

    /** {@code GEEN}: taken, but no result could be determined (DUO's Examen API). */
    enum Uitslag { GESLAAGD, GEZAKT, GEEN }

    /**
     * @param niveau     null for KNM, which has no taalniveau
     * @param uitslag    null while the exam has no definitive uitslag
     * @param datumUitslag the day of the definitive uitslag; null without one
     */
    record Examen(Onderdeel onderdeel, Niveau niveau, LocalDate examendatum, Uitslag uitslag,
            LocalDate datumUitslag) {

        public boolean isGeslaagd() {
            return uitslag == Uitslag.GESLAAGD;
        }
    }
}
