package nl.inburgering.gemeente.overdracht.application;

import java.util.UUID;

import nl.inburgering.gemeente.overdracht.domain.Levering;

/** Command: the old gemeente's klantmanager delivers the overdracht (#19) of a person who left it. */
public record OverdrachtLeveren(String gemeentecode, UUID vertrekId, Levering levering) {
}
