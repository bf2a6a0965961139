package nl.inburgering.duo.dossier.application;

import nl.inburgering.duo.dossier.domain.Verblijfsrechtwijziging;
import nl.inburgering.platform.bsn.Bsn;

/** Command: apply IND's change of verblijfsrecht (stelseldienst #2) to the plicht of this person. */
public record VerblijfsrechtWijzigingVerwerken(Bsn bsn, Verblijfsrechtwijziging wijziging) {
}
