package nl.inburgering.gemeente.brp.application;

import nl.inburgering.gemeente.brp.domain.Vertrek;

/** Command: record that an ingezetene of the registering gemeente left for the buitenland (BRP-bijhouding). */
public record VertrekRegistreren(Vertrek vertrek) {
}
