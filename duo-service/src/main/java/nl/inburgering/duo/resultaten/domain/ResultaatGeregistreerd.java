package nl.inburgering.duo.resultaten.domain;

import java.time.LocalDate;

import nl.inburgering.platform.bsn.Bsn;

/**
 * Answer to #17 for the delivering gemeente: DUO registered the result of an onderdeel, or withdrew it at the
 * gemeente's request (a delivery without datum and verwijtbaar). Published for #17 and for the M2M PUT alike, so the
 * gemeente's own record shows what DUO has whichever way it came.
 */
public record ResultaatGeregistreerd(Bsn bsn, String gemeentecode, Resultaat resultaat, Kanaal kanaal,
        LocalDate datumRegistratie) {
}
