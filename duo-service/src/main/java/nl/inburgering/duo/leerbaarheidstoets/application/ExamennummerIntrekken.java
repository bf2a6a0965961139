package nl.inburgering.duo.leerbaarheidstoets.application;

import nl.inburgering.platform.bsn.Bsn;

/** Command: the gemeente skips the person's klaargezette leerbaarheidstoets (M2M DELETE examennummer). */
public record ExamennummerIntrekken(Bsn bsn) {
}
