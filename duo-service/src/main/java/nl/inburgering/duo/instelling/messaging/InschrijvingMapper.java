package nl.inburgering.duo.instelling.messaging;

import nl.inburgering.contracts.event.InburgeraarIngeschrevenBijInstelling;
import nl.inburgering.contracts.event.InburgeraarUitgeschrevenBijInstelling;
import nl.inburgering.duo.instelling.application.Instellingsregister;
import nl.inburgering.duo.instelling.domain.Contractpartij;
import nl.inburgering.duo.instelling.domain.Inschrijving;
import nl.inburgering.duo.instelling.domain.Leerroute;
import nl.inburgering.duo.instelling.domain.Taalniveau;
import nl.inburgering.duo.instelling.domain.Uitschrijving;
import nl.inburgering.platform.events.Eventvalidatie;
import nl.inburgering.platform.events.InvalidEventException;

/**
 * #20 read and checked once. An event DUO can never register raises {@link InvalidEventException} (dead-letter
 * topic with the reason): an invalid BSN, an instelling DUO does not recognise (decision 0022: once the operator adds
 * it to {@code keten.duo.instellingen} the dead letter can be replayed), a leerroute or contractpartij ONBEKEND, a
 * gemeente contract without a valid gemeentecode, a start or einddatum before the inschrijving's own dates allow.
 */
final class InschrijvingMapper {

    private InschrijvingMapper() {
    }

    static Inschrijving alsInschrijving(InburgeraarIngeschrevenBijInstelling e, Instellingsregister register) {
        String event = "InburgeraarIngeschrevenBijInstelling";
        Eventvalidatie.bsn(e.getBsn(), event);
        String instelling = instelling(e.getInstellingsnummer(), register, event);
        Leerroute leerroute = switch (e.getLeerroute()) {
            case B1_ROUTE -> Leerroute.B1_ROUTE;
            case ONDERWIJSROUTE -> Leerroute.ONDERWIJSROUTE;
            case ZELFREDZAAMHEIDSROUTE -> Leerroute.Z_ROUTE;
            case ONBEKEND -> throw new InvalidEventException(event + " met een onbekende leerroute");
        };
        Contractpartij partij = switch (e.getContractpartij()) {
            case GEMEENTE -> Contractpartij.GEMEENTE;
            case INBURGERAAR -> Contractpartij.INBURGERAAR;
            case ONBEKEND -> throw new InvalidEventException(event + " met een onbekende contractpartij");
        };
        String gemeentecode = null;
        if (partij == Contractpartij.GEMEENTE) {
            gemeentecode = Eventvalidatie.gemeentecode(e.getGemeentecode(), event);
        } else if (e.getGemeentecode() != null) {
            throw new InvalidEventException(event + " met een gemeentecode terwijl de inburgeraar de contractpartij is");
        }
        Taalniveau niveau = e.getTaalniveau() == null ? null : switch (e.getTaalniveau()) {
            case A2 -> Taalniveau.A2;
            case B1 -> Taalniveau.B1;
            case B2 -> Taalniveau.B2;
            case ONBEKEND -> null;
        };
        if (e.getVerwachteEinddatum() != null && e.getVerwachteEinddatum().isBefore(e.getStartdatum())) {
            throw new InvalidEventException(event + " met een verwachte einddatum voor de startdatum");
        }
        return new Inschrijving(instelling, leerroute, niveau, e.getTaalschakeltraject(), partij, gemeentecode,
                e.getDatumInschrijving(), e.getStartdatum(), e.getVerwachteEinddatum());
    }

    static Uitschrijving alsUitschrijving(InburgeraarUitgeschrevenBijInstelling e, Instellingsregister register) {
        String event = "InburgeraarUitgeschrevenBijInstelling";
        Eventvalidatie.bsn(e.getBsn(), event);
        return new Uitschrijving(instelling(e.getInstellingsnummer(), register, event), e.getDatumUitschrijving(),
                e.getOpleidingAfgerond());
    }

    private static String instelling(String nummer, Instellingsregister register, String event) {
        if (nummer == null || !nummer.strip().matches("\\d{1,10}")) {
            throw new InvalidEventException(event + " met een ongeldig instellingsnummer");
        }
        if (!register.isBekend(nummer)) {
            throw new InvalidEventException(event + " van een instelling die DUO niet kent (" + nummer.strip()
                    + "): opnemen in keten.duo.instellingen en opnieuw aanbieden");
        }
        return Instellingsregister.zonderVoorloopnullen(nummer);
    }
}
