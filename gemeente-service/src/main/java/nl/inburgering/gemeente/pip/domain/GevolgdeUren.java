package nl.inburgering.gemeente.pip.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A cumulative stand of the hours that count for handhaving op resultaat (#17); a later stand replaces an earlier. */
public record GevolgdeUren(LocalDate peildatum, int urenTaallesEnKnmBredeIntake,
        int urenParticipatieactiviteitenBredeIntake, int urenParticipatieAlsTaalles, int urenParticipatieZroute,
        Actualisatiemoment actualisatiemoment) {

    public GevolgdeUren {
        Objects.requireNonNull(peildatum, "peildatum");
        Objects.requireNonNull(actualisatiemoment, "actualisatiemoment");
    }
}
