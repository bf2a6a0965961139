package nl.inburgering.instelling.examen.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A definitive uitslag of one examenonderdeel as DUO delivered it (#13).
 *
 * @param redenGeenResultaat only with uitslag GEEN, DUO's reason (VERWIJTBAAR, NIET_VERWIJTBAAR, AFGEMELD, ABSENT)
 * @param aanleiding         NIEUW, or a herlevering after a verhuizing
 */
public record Examenresultaat(Examenonderdeel onderdeel, Examenniveau niveau, LocalDate examendatum,
        Examenuitslag uitslag, String redenGeenResultaat, LocalDate datumDefinitieveUitslag, String aanleiding) {

    public Examenresultaat {
        Objects.requireNonNull(onderdeel, "onderdeel");
        Objects.requireNonNull(niveau, "niveau");
        Objects.requireNonNull(examendatum, "examendatum");
        Objects.requireNonNull(uitslag, "uitslag");
        Objects.requireNonNull(datumDefinitieveUitslag, "datumDefinitieveUitslag");
        Objects.requireNonNull(aanleiding, "aanleiding");
    }

    /** KNM, lezen, luisteren, schrijven, spreken. */
    public enum Examenonderdeel {
        KNM, LE, LU, SC, SP
    }

    /** GEEN: KNM has no niveau (DUO's Examen API gives none; #13 carries ONBEKEND for it). */
    public enum Examenniveau {
        A2, B1, B2, GEEN
    }

    public enum Examenuitslag {
        GESLAAGD, GEZAKT, GEEN
    }
}
