package nl.inburgering.gemeente.brp.application;

import nl.inburgering.gemeente.brp.domain.Overlijden;

/** Command: record that an ingezetene of the registering gemeente died (BRP-bijhouding). */
public record OverlijdenRegistreren(Overlijden overlijden) {
}
