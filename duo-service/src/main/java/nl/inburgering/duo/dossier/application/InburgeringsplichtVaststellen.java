package nl.inburgering.duo.dossier.application;

import nl.inburgering.duo.dossier.domain.Verblijfsgegevens;
import nl.inburgering.platform.bsn.Bsn;

/** Command: decide the inburgeringsplicht of a person IND reported (stelseldienst #1). */
public record InburgeringsplichtVaststellen(Bsn bsn, String vNummer, String gemeentecodeInschrijving,
        Verblijfsgegevens verblijfsgegevens) {
}
