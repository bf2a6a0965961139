package nl.inburgering.instelling.factuur.messaging;

import java.util.List;

import nl.inburgering.contracts.event.FactuurBeoordeeld;
import nl.inburgering.instelling.factuur.application.FactuurbeoordelingOpnemen;
import nl.inburgering.instelling.factuur.domain.Factuurbeoordeling;
import nl.inburgering.instelling.factuur.domain.Factuurstatus;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.events.Eventvalidatie;
import nl.inburgering.platform.events.InvalidEventException;

/**
 * DUO's judgement of an invoice, validated once at the edge: a missing or invalid BSN, no factuurnummer or
 * instellingsnummer, an oordeel ONBEKEND, no amount or date, or a negative amount is refused for good and
 * dead-lettered with the reason (never with the value).
 */
final class FactuurbeoordelingMapper {

    private static final String EVENT = "Factuur beoordeeld";

    private FactuurbeoordelingMapper() {
    }

    static FactuurbeoordelingOpnemen opnemen(FactuurBeoordeeld e) {
        Bsn bsn = Bsn.of(Eventvalidatie.bsn(e.getBsn(), EVENT));
        if (e.getFactuurnummer() == null || e.getFactuurnummer().isBlank()) {
            throw new InvalidEventException(EVENT + " zonder factuurnummer");
        }
        if (e.getInstellingsnummer() == null || e.getInstellingsnummer().isBlank()) {
            throw new InvalidEventException(EVENT + " zonder instellingsnummer");
        }
        if (e.getBedragBetaalbaar() == null || e.getBedragBetaalbaar().signum() < 0) {
            throw new InvalidEventException(EVENT + " zonder of met een negatief betaalbaar bedrag");
        }
        if (e.getDatumBeoordeling() == null) {
            throw new InvalidEventException(EVENT + " zonder datum van beoordeling");
        }
        List<String> redenen = e.getRedenenAfwijzing() == null ? List.of()
                : e.getRedenenAfwijzing().stream().map(CharSequence::toString).filter(r -> !r.isBlank()).toList();
        return new FactuurbeoordelingOpnemen(bsn, e.getInstellingsnummer(), e.getFactuurnummer(),
                new Factuurbeoordeling(oordeel(e), e.getBedragBetaalbaar(), redenen, e.getDatumBeoordeling()));
    }

    static Factuurstatus oordeel(FactuurBeoordeeld e) {
        if (e.getOordeel() == null) {
            throw new InvalidEventException(EVENT + " zonder oordeel");
        }
        return switch (e.getOordeel()) {
            case BETAALBAAR_GESTELD -> Factuurstatus.BETAALBAAR_GESTELD;
            case AFGEWEZEN -> Factuurstatus.AFGEWEZEN;
            case ONBEKEND -> throw new InvalidEventException(EVENT + " met een onbekend oordeel");
        };
    }
}
