package nl.inburgering.duo.dossier.application;

import java.time.LocalDate;

import nl.inburgering.platform.bsn.Bsn;

/** Command: the BRP reports that a person became ingezetene of another gemeente. */
public record VerhuizingVerwerken(Bsn bsn, String gemeentecodeNieuw, LocalDate datumVerhuizing) {
}
