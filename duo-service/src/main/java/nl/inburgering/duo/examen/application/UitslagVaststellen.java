package nl.inburgering.duo.examen.application;

import java.util.UUID;

import nl.inburgering.duo.examen.domain.RedenGeenResultaat;
import nl.inburgering.duo.examen.domain.Uitslag;

/** Command: the definitive uitslag of an examen (a reden only with {@link Uitslag#GEEN}). */
public record UitslagVaststellen(UUID examen, Uitslag uitslag, RedenGeenResultaat reden) {
}
