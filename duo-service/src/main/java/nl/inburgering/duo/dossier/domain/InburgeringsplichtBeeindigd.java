package nl.inburgering.duo.dossier.domain;

import java.time.LocalDate;

import nl.inburgering.duo.dossier.api.RedenNietPlichtig;
import nl.inburgering.platform.bsn.Bsn;

/**
 * Stelseldienst #3 as DUO decides it when a plicht ends: for whoever has the plicht (the gemeente, or COA for an
 * asielstatushouder in an AZC without koppeling; {@code gemeentecode} is then the gemeente of inschrijving), its last
 * day and the reden.
 */
public record InburgeringsplichtBeeindigd(Bsn bsn, LeveringPolicy.Ontvanger ontvanger, String gemeentecode,
        LocalDate einddatum, RedenNietPlichtig reden, LocalDate datumVaststelling) {
}
