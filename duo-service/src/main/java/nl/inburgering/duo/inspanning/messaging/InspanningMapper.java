package nl.inburgering.duo.inspanning.messaging;

import nl.inburgering.contracts.event.InspanningAsielstatushouderDoorgegeven;
import nl.inburgering.contracts.event.InspanningGezinsmigrantGemeld;
import nl.inburgering.duo.inspanning.application.InspanningVastleggen;
import nl.inburgering.duo.inspanning.domain.Inspanning;
import nl.inburgering.duo.inspanning.domain.Route;
import nl.inburgering.duo.instelling.api.Inschrijvingen;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.events.Eventvalidatie;
import nl.inburgering.platform.events.InvalidEventException;

/**
 * #18 read and checked once, on either route. An event that contradicts its contract or that DUO can never count
 * raises {@link InvalidEventException} (dead-letter topic with the reason): an invalid BSN or gemeentecode, an
 * instelling DUO does not recognise (decision 0022), a leerroute ONBEKEND, negative hours or more hours present or
 * ongeoorloofd absent than offered, a peildatum before the start, a taalschakeltraject afgerond without its date (or
 * a date without afgerond). Which route is the person's is no part of the event: the handler decides it.
 */
final class InspanningMapper {

    private InspanningMapper() {
    }

    static InspanningVastleggen alsCommand(InspanningGezinsmigrantGemeld e, Inschrijvingen instellingen) {
        String event = "InspanningGezinsmigrantGemeld";
        String bsn = Eventvalidatie.bsn(e.getBsn(), event);
        return new InspanningVastleggen(Bsn.of(bsn), Route.INSTELLING, null,
                inspanning(e.getInspanning(), instellingen, event));
    }

    static InspanningVastleggen alsCommand(InspanningAsielstatushouderDoorgegeven e, Inschrijvingen instellingen) {
        String event = "InspanningAsielstatushouderDoorgegeven";
        String bsn = Eventvalidatie.bsn(e.getBsn(), event);
        String gemeentecode = Eventvalidatie.gemeentecode(e.getGemeentecode(), event);
        return new InspanningVastleggen(Bsn.of(bsn), Route.GEMEENTE, gemeentecode,
                inspanning(e.getInspanning(), instellingen, event));
    }

    private static Inspanning inspanning(nl.inburgering.contracts.common.Inspanning i, Inschrijvingen instellingen,
            String event) {
        String nummer = i.getInstellingsnummer();
        if (nummer == null || !nummer.strip().matches("\\d{1,10}")) {
            throw new InvalidEventException(event + " met een ongeldig instellingsnummer");
        }
        nummer = nummer.strip().replaceFirst("^0+(?=.)", "");
        if (!instellingen.isBekendeInstelling(nummer)) {
            throw new InvalidEventException(event + " van een instelling die DUO niet kent (" + nummer
                    + "): opnemen in keten.duo.instellingen en opnieuw aanbieden");
        }
        String leerroute = switch (i.getLeerroute()) {
            case B1_ROUTE, ONDERWIJSROUTE -> i.getLeerroute().name();
            case ZELFREDZAAMHEIDSROUTE -> "Z_ROUTE";
            case ONBEKEND -> throw new InvalidEventException(event + " met een onbekende leerroute");
        };
        if (i.getUrenAangeboden() < 0 || i.getUrenAanwezig() < 0 || i.getUrenOngeoorloofdVerzuim() < 0) {
            throw new InvalidEventException(event + " met een negatief aantal uren");
        }
        if (i.getUrenAanwezig() > i.getUrenAangeboden() || i.getUrenOngeoorloofdVerzuim() > i.getUrenAangeboden()) {
            throw new InvalidEventException(event + " met meer uren aanwezig of verzuim dan aangeboden");
        }
        if (i.getPeildatum().isBefore(i.getStartdatumOnderwijs())) {
            throw new InvalidEventException(event + " met een peildatum voor de startdatum van het onderwijs");
        }
        if (i.getTaalschakeltrajectAfgerond() != (i.getDatumAfrondingTaalschakeltraject() != null)) {
            throw new InvalidEventException(event + ": taalschakeltraject afgerond hoort bij een datum van afronding,"
                    + " en alleen dan");
        }
        return new Inspanning(nummer, leerroute, i.getPeildatum(), i.getStartdatumOnderwijs(), i.getUrenAangeboden(),
                i.getUrenAanwezig(), i.getUrenOngeoorloofdVerzuim(), i.getTaalschakeltrajectAfgerond(),
                i.getDatumAfrondingTaalschakeltraject(), i.getActualisatiemoment().name());
    }
}
