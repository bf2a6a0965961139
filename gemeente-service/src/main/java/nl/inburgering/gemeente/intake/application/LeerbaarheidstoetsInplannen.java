package nl.inburgering.gemeente.intake.application;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The gemeente plans the toets DUO set ready, with the person, at the toetsbegeleider's location (seed §4.2). */
public record LeerbaarheidstoetsInplannen(String gemeentecode, UUID inburgeraarId, OffsetDateTime datum,
        String locatie, String toetsbegeleider) {
}
