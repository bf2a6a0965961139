package nl.inburgering.instelling.examen.application;

import java.util.List;

import nl.inburgering.instelling.examen.domain.Examenresultaat;
import nl.inburgering.platform.bsn.Bsn;

/** Command: DUO delivered an examenresultaat (#13) for these instellingen, as it addressed it. */
public record ExamenresultaatOpnemen(Bsn bsn, List<String> instellingsnummers, Examenresultaat resultaat) {
}
