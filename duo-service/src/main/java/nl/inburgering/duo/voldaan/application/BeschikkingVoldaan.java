package nl.inburgering.duo.voldaan.application;

import java.time.LocalDate;

import nl.inburgering.duo.voldaan.domain.Leerroute;
import nl.inburgering.duo.voldaan.domain.Waardepapier;

/** A beschikking voldaan as DUO offers it at the source. */
public record BeschikkingVoldaan(LocalDate datumBeschikking, LocalDate datumVoldaan, Leerroute leerroute,
        Waardepapier waardepapier) {
}
