package nl.inburgering.duo.resultaten.messaging;

import java.time.LocalDate;

import nl.inburgering.contracts.event.MapResultaatVastgesteld;
import nl.inburgering.contracts.event.PvtResultaatVastgesteld;
import nl.inburgering.contracts.event.ZrouteOnderdeelAfgerond;
import nl.inburgering.duo.resultaten.application.ResultaatVastleggen;
import nl.inburgering.duo.resultaten.domain.Kanaal;
import nl.inburgering.duo.resultaten.domain.Onderdeel;
import nl.inburgering.duo.resultaten.domain.Resultaat;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.events.Eventvalidatie;
import nl.inburgering.platform.events.InvalidEventException;

/**
 * The #17 results, read and checked once, as the command of the use case; an event that contradicts its own
 * contract raises {@link InvalidEventException} (dead-letter topic with the reason).
 * <ul>
 * <li>PVT and MAP: {@code afgerond} with its date is DUO's datum; not afgerond is no datum (a withdrawal of an
 * earlier one, or with {@code nietAfrondenVerwijtbaar} only the indicatie verwijtbaarheid), as DUO's PUT replaces
 * the whole resource.</li>
 * <li>Z-route: EINDGESPREK is DUO's datum afronding Z-route (the eindgesprek closes the route; decision 0020),
 * PARTICIPATIECOMPONENT the afronding of the participatie. The contract has no withdrawal for the Z-route.</li>
 * </ul>
 */
final class ResultaatMappers {

    private ResultaatMappers() {
    }

    static ResultaatVastleggen alsCommand(PvtResultaatVastgesteld pvt) {
        String event = "PvtResultaatVastgesteld";
        return command(pvt.getBsn(), pvt.getGemeentecode(), event, new Resultaat(Onderdeel.PVT,
                datum(pvt.getAfgerond(), pvt.getDatumOndertekening(), "datumOndertekening", event),
                pvt.getNietAfrondenVerwijtbaar()));
    }

    static ResultaatVastleggen alsCommand(MapResultaatVastgesteld map) {
        String event = "MapResultaatVastgesteld";
        return command(map.getBsn(), map.getGemeentecode(), event, new Resultaat(Onderdeel.MAP,
                datum(map.getAfgerond(), map.getDatumEindgesprek(), "datumEindgesprek", event),
                map.getNietAfrondenVerwijtbaar()));
    }

    static ResultaatVastleggen alsCommand(ZrouteOnderdeelAfgerond zroute) {
        String event = "ZrouteOnderdeelAfgerond";
        Onderdeel onderdeel = switch (zroute.getOnderdeel()) {
            case EINDGESPREK -> Onderdeel.ZROUTE;
            case PARTICIPATIECOMPONENT -> Onderdeel.PARTICIPATIE;
            case ONBEKEND -> throw new InvalidEventException(event + " met een onbekend onderdeel");
        };
        if (zroute.getDatumAfronding() == null) {
            throw new InvalidEventException(event + " zonder datumAfronding");
        }
        return command(zroute.getBsn(), zroute.getGemeentecode(), event,
                new Resultaat(onderdeel, zroute.getDatumAfronding(), null));
    }

    private static LocalDate datum(boolean afgerond, LocalDate datum, String veld, String event) {
        if (afgerond && datum == null) {
            throw new InvalidEventException(event + " afgerond zonder " + veld);
        }
        if (!afgerond && datum != null) {
            throw new InvalidEventException(event + " niet afgerond maar met een " + veld);
        }
        return datum;
    }

    private static ResultaatVastleggen command(String bsnWaarde, String gemeentecodeWaarde, String event,
            Resultaat resultaat) {
        String bsn = Eventvalidatie.bsn(bsnWaarde, event);
        String gemeentecode = Eventvalidatie.gemeentecode(gemeentecodeWaarde, event);
        return new ResultaatVastleggen(Bsn.of(bsn), gemeentecode, resultaat, Kanaal.STELSELDIENST);
    }
}
