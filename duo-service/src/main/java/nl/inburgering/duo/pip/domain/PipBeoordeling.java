package nl.inburgering.duo.pip.domain;

import java.util.List;
import java.util.Optional;

/**
 * DUO's answer to a delivered PIP: every broken rule, or the PIP as DUO registers it.
 *
 * @param overtredingen all broken rules; empty when the PIP is accepted
 * @param geregistreerd the PIP as registered (niveau filled in); null when rejected
 */
public record PipBeoordeling(List<Overtreding> overtredingen, Pip geregistreerd) {

    public PipBeoordeling {
        overtredingen = List.copyOf(overtredingen);
        if (overtredingen.isEmpty() == (geregistreerd == null)) {
            throw new IllegalArgumentException("een PIP wordt geregistreerd als en alleen als er geen overtredingen zijn");
        }
    }

    public boolean isGeaccepteerd() {
        return overtredingen.isEmpty();
    }

    public Optional<Pip> teRegistreren() {
        return Optional.ofNullable(geregistreerd);
    }
}
