package nl.inburgering.instelling.factuur.application;

import nl.inburgering.instelling.factuur.domain.Factuurbeoordeling;
import nl.inburgering.platform.bsn.Bsn;

/** Command: DUO judged invoice {@code factuurnummer} of instelling {@code instellingsnummer} (seed §12.2). */
public record FactuurbeoordelingOpnemen(Bsn bsn, String instellingsnummer, String factuurnummer,
        Factuurbeoordeling beoordeling) {
}
