package nl.inburgering.duo.pip.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The vastgestelde gegevens of a PIP as a gemeente delivers them (stelseldienst #16, M2M PIP API).
 *
 * @param dagtekening                 dagtekeningPip, the date the beschikking was signed
 * @param niveau                      null when not delivered; DUO then registers B1 for the B1-route and onderwijsroute
 * @param geschatteIntensiteitB1Route estimated hours for the B1-route, only for asielstatushouders; null when absent
 * @param gemeentecode                the four digit code of the gemeente that delivers the PIP
 */
public record Pip(LocalDate dagtekening, Leerroute leerroute, Niveau niveau, Integer geschatteIntensiteitB1Route,
        Alfabetisering alfabetisering, String gemeentecode) {

    public Pip {
        Objects.requireNonNull(dagtekening, "dagtekening");
        Objects.requireNonNull(leerroute, "leerroute");
        Objects.requireNonNull(gemeentecode, "gemeentecode");
    }

    Pip metNiveau(Niveau ander) {
        return new Pip(dagtekening, leerroute, ander, geschatteIntensiteitB1Route, alfabetisering, gemeentecode);
    }
}
