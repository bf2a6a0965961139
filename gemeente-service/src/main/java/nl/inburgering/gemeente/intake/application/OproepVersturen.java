package nl.inburgering.gemeente.intake.application;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The caseworker calls the inburgeringsplichtige up for the brede intake (seed §4.2). */
public record OproepVersturen(String gemeentecode, UUID inburgeraarId, OffsetDateTime datum, String locatie,
        String onderwerp) {
}
