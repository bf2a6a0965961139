package nl.inburgering.gemeente.resultaten.domain;

import nl.inburgering.platform.bsn.Bsn;

/** Domain event: the gemeente recorded an onderdeel of the Z-route as afgerond, for DUO (#17 ZrouteOnderdeelAfgerond). */
public record ZrouteOnderdeelAfgerondDoorGemeente(Bsn bsn, String gemeentecode, Resultaat resultaat) {
}
