package nl.inburgering.gemeente.examenresultaat.application;

import nl.inburgering.gemeente.examenresultaat.domain.Examenresultaat;
import nl.inburgering.platform.bsn.Bsn;

/** Command: DUO delivered the definitive uitslag of an examenonderdeel to the gemeente (#13). */
public record ExamenresultaatOpnemen(Bsn bsn, String gemeentecode, Examenresultaat resultaat) {
}
