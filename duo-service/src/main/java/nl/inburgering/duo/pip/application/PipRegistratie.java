package nl.inburgering.duo.pip.application;

import java.util.List;

import nl.inburgering.duo.pip.domain.Overtreding;

/**
 * DUO's answer to a delivered PIP.
 *
 * @param overtredingen every reason it was not registered; empty when registered
 * @param eerstePip     whether this PIP set the inburgeringstermijn
 * @param herhaling     the same PIP as the actuele one was delivered again: nothing new registered or published
 */
public record PipRegistratie(List<Overtreding> overtredingen, boolean eerstePip, boolean herhaling) {

    public PipRegistratie {
        overtredingen = List.copyOf(overtredingen);
    }

    static PipRegistratie afgewezen(List<Overtreding> overtredingen) {
        return new PipRegistratie(overtredingen, false, false);
    }

    public boolean isGeregistreerd() {
        return overtredingen.isEmpty();
    }
}
