package nl.inburgering.duo.voldaan.domain;

import java.time.LocalDate;

import nl.inburgering.platform.bsn.Bsn;

/**
 * Stelseldienst #10 as DUO decides it: the beschikking voldaan, for the gemeente of the person (the catalogue also
 * addresses IND).
 */
public record InburgeringsplichtVoldaanBeschikt(Bsn bsn, String gemeentecode, LocalDate datumBeschikking,
        LocalDate datumVoldaan, Leerroute leerroute, Waardepapier waardepapier) {
}
