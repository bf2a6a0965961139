package nl.inburgering.gemeente.pip.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The vastgestelde gegevens of a PIP that DUO needs (#16): only a PIP that is vastgesteld and beschikt, never
 * contouren (seed §4.2).
 *
 * @param niveau                      null when the PIP names none (DUO then registers B1 on the B1- and onderwijsroute)
 * @param geschatteIntensiteitB1Route null when not given
 * @param redenWijziging              null for a first vaststelling
 */
public record Pip(LocalDate dagtekening, Leerroute leerroute, Niveau niveau, Integer geschatteIntensiteitB1Route,
        boolean indicatorMagOpleidingAfmaken, Alfabetisering alfabetisering, boolean eenzijdigVastgesteld,
        RedenWijziging redenWijziging) {

    public Pip {
        Objects.requireNonNull(dagtekening, "dagtekening");
        Objects.requireNonNull(leerroute, "leerroute");
        Objects.requireNonNull(alfabetisering, "alfabetisering");
    }
}
