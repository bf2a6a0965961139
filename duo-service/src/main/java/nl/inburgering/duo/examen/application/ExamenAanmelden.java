package nl.inburgering.duo.examen.application;

import nl.inburgering.duo.examen.domain.Niveau;
import nl.inburgering.duo.examen.domain.Onderdeel;
import nl.inburgering.platform.bsn.Bsn;

/** Command: the inburgeraar is aangemeld for an examenonderdeel (niveau null for KNM). */
public record ExamenAanmelden(Bsn bsn, Onderdeel onderdeel, Niveau niveau) {
}
