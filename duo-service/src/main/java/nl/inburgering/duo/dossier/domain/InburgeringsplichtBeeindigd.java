package nl.inburgering.duo.dossier.domain;

import java.time.LocalDate;

import nl.inburgering.duo.dossier.api.RedenNietPlichtig;
import nl.inburgering.platform.bsn.Bsn;

/**
 * Stelseldienst #3 as DUO decides it when a plicht ends: for the gemeente that has the plicht, its last day and the
 * reden.
 */
public record InburgeringsplichtBeeindigd(Bsn bsn, String gemeentecode, LocalDate einddatum, RedenNietPlichtig reden,
        LocalDate datumVaststelling) {
}
