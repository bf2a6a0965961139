package nl.inburgering.duo.resultaten.application;

import nl.inburgering.duo.resultaten.domain.Kanaal;
import nl.inburgering.duo.resultaten.domain.Resultaat;
import nl.inburgering.platform.bsn.Bsn;

/**
 * Command: a gemeente delivers the result of one onderdeel (#17 PvtResultaatVastgesteld, MapResultaatVastgesteld,
 * ZrouteOnderdeelAfgerond; M2M PUT map, pvt, zroute).
 */
public record ResultaatVastleggen(Bsn bsn, String gemeentecode, Resultaat resultaat, Kanaal kanaal) {
}
