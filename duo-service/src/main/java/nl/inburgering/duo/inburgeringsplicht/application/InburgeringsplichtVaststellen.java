package nl.inburgering.duo.inburgeringsplicht.application;

import nl.inburgering.duo.inburgeringsplicht.domain.Verblijfsgegevens;

/** Command: decide the inburgeringsplicht of a person IND reported (stelseldienst #1). */
public record InburgeringsplichtVaststellen(String bsn, String vNummer, String gemeentecodeInschrijving,
        Verblijfsgegevens verblijfsgegevens) {
}
