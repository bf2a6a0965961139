package nl.inburgering.gemeente.intake.application;

import java.util.UUID;

/**
 * The toetsbegeleider's signal after a planned leerbaarheidstoets (seed §4.2): did the person appear, and if so, did
 * the toets go orderly ({@code toelichting} required for a negatieve verklaring).
 */
public record VerloopVerklaren(String gemeentecode, UUID inburgeraarId, UUID afspraakId, Boolean verschenen,
        Boolean ordentelijkVerloop, String toelichting) {
}
