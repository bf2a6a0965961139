package nl.inburgering.duo.lening.application;

import java.math.BigDecimal;
import java.time.LocalDate;

import nl.inburgering.duo.lening.domain.Leerroute;
import nl.inburgering.duo.lening.domain.Niveau;

/** A factuur an instelling sent (FactuurIngediend), read and checked for its form by messaging/. */
public record IngediendeFactuur(String instellingsnummer, String factuurnummer, Leerroute leerroute, Niveau niveau,
        String omschrijving, BigDecimal bedrag, LocalDate factuurdatum) {
}
