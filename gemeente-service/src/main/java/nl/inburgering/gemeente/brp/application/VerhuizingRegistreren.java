package nl.inburgering.gemeente.brp.application;

import nl.inburgering.gemeente.brp.domain.Verhuizing;

/** Command: record that an ingezetene moved to the gemeente that registers it (BRP-bijhouding). */
public record VerhuizingRegistreren(Verhuizing verhuizing) {
}
