package nl.inburgering.ind.voldaan.domain;

import java.time.LocalDate;

/**
 * DUO's beschikking that the inburgeringsplicht is voldaan (#10), as IND uses it.
 *
 * @param leerroute    B1_ROUTE, ONDERWIJSROUTE or Z_ROUTE
 * @param waardepapier INBURGERINGSDIPLOMA or INBURGERINGSCERTIFICAAT
 */
public record BeschikkingVoldaan(LocalDate datumBeschikking, LocalDate datumVoldaan, String leerroute,
        String waardepapier) {
}
