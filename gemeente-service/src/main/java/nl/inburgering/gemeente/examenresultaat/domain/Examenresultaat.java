package nl.inburgering.gemeente.examenresultaat.domain;

import java.time.LocalDate;

/**
 * DUO's definitive uitslag of one examenonderdeel (#13), as the gemeente keeps it.
 *
 * @param onderdeel          KNM, LE, LU, SC or SP
 * @param niveau             A2, B1 or B2; GEEN for KNM, which has no niveau
 * @param uitslag            GESLAAGD, GEZAKT or GEEN
 * @param redenGeenResultaat only with GEEN
 * @param aanleiding         NIEUW, or a herlevering after a verhuizing
 */
public record Examenresultaat(String onderdeel, String niveau, LocalDate examendatum, String uitslag,
        String redenGeenResultaat, LocalDate datumDefinitieveUitslag, String aanleiding) {

    public static final String GESLAAGD = "GESLAAGD";

    public boolean isBehaald() {
        return GESLAAGD.equals(uitslag);
    }
}
