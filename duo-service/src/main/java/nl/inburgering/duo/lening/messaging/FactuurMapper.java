package nl.inburgering.duo.lening.messaging;

import java.math.BigDecimal;

import nl.inburgering.contracts.event.FactuurIngediend;
import nl.inburgering.duo.lening.application.IngediendeFactuur;
import nl.inburgering.duo.lening.domain.Leerroute;
import nl.inburgering.duo.lening.domain.Niveau;
import nl.inburgering.platform.events.Eventvalidatie;
import nl.inburgering.platform.events.InvalidEventException;

/**
 * FactuurIngediend read and checked once. A factuur DUO can never judge raises {@link InvalidEventException}
 * (dead-letter topic with the reason): an invalid BSN, an instelling DUO does not recognise (once the operator adds
 * it to {@code keten.duo.instellingen} the dead letter can be replayed), a leerroute or niveau ONBEKEND, no
 * factuurnummer, an amount of 0 or less.
 */
final class FactuurMapper {

    static final String EVENT = "FactuurIngediend";

    private FactuurMapper() {
    }

    static IngediendeFactuur alsFactuur(FactuurIngediend e, java.util.function.Predicate<String> bekendeInstelling) {
        Eventvalidatie.bsn(e.getBsn(), EVENT);
        String nummer = e.getInstellingsnummer();
        if (nummer == null || !nummer.strip().matches("\\d{1,10}")) {
            throw new InvalidEventException(EVENT + " met een ongeldig instellingsnummer");
        }
        if (!bekendeInstelling.test(nummer)) {
            throw new InvalidEventException(EVENT + " van een instelling die DUO niet kent (" + nummer.strip()
                    + "): opnemen in keten.duo.instellingen en opnieuw aanbieden");
        }
        if (e.getFactuurnummer() == null || e.getFactuurnummer().isBlank() || e.getFactuurnummer().length() > 100) {
            throw new InvalidEventException(EVENT + " zonder geldig factuurnummer (1 tot 100 tekens)");
        }
        Leerroute leerroute = switch (e.getLeerroute()) {
            case B1_ROUTE -> Leerroute.B1_ROUTE;
            case ONDERWIJSROUTE -> Leerroute.ONDERWIJSROUTE;
            case ZELFREDZAAMHEIDSROUTE -> Leerroute.Z_ROUTE;
            case ONBEKEND -> throw new InvalidEventException(EVENT + " met een onbekende leerroute");
        };
        // the contract names a niveau only within the B1-route; a course of the onderwijsroute or Z-route has none
        Niveau niveau = switch (e.getNiveau()) {
            case A2 -> Niveau.A2;
            case B1 -> Niveau.B1;
            case ONBEKEND -> {
                if (leerroute == Leerroute.B1_ROUTE) {
                    throw new InvalidEventException(EVENT + " in de B1-route zonder niveau");
                }
                yield null;
            }
        };
        BigDecimal bedrag = e.getBedrag();
        if (bedrag == null || bedrag.signum() <= 0) {
            throw new InvalidEventException(EVENT + " met een bedrag van 0 of minder");
        }
        String omschrijving = e.getOmschrijving() == null ? "" : e.getOmschrijving().strip();
        if (omschrijving.length() > 500) {
            omschrijving = omschrijving.substring(0, 500);
        }
        return new IngediendeFactuur(zonderVoorloopnullen(nummer), e.getFactuurnummer().strip(), leerroute, niveau,
                omschrijving, bedrag, e.getFactuurdatum());
    }

    /** The chain's way of writing an instellingsnummer: without leading zeros. */
    static String zonderVoorloopnullen(String instellingsnummer) {
        return instellingsnummer.strip().replaceFirst("^0+(?=.)", "");
    }
}
