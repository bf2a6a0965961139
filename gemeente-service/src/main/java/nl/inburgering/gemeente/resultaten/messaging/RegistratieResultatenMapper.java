package nl.inburgering.gemeente.resultaten.messaging;

import java.time.LocalDate;
import java.util.List;

import nl.inburgering.contracts.common.Afwijzingsreden;
import nl.inburgering.contracts.common.OnderdeelPvtMapZroute;
import nl.inburgering.contracts.event.ResultaatPvtMapZrouteAfgewezen;
import nl.inburgering.contracts.event.ResultaatPvtMapZrouteGeregistreerd;
import nl.inburgering.gemeente.resultaten.application.AntwoordOpnemen;
import nl.inburgering.gemeente.resultaten.application.AntwoordOpnemen.Reden;
import nl.inburgering.gemeente.resultaten.domain.Onderdeel;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.events.Eventvalidatie;
import nl.inburgering.platform.events.InvalidEventException;

/**
 * DUO's answer to #17, validated once, as the command of the use case. A rejection is a valid answer, not an invalid
 * event; an answer that cannot be shown to the caseworker (no BSN, an unknown onderdeel, a rejection without reasons,
 * a registration of nothing that is no withdrawal) is refused and goes to the dead-letter topic.
 */
final class RegistratieResultatenMapper {

    private static final String GEREGISTREERD = "Resultaat PVT, MAP of Z-route geregistreerd";
    private static final String AFGEWEZEN = "Resultaat PVT, MAP of Z-route afgewezen";

    private RegistratieResultatenMapper() {
    }

    static AntwoordOpnemen.Geregistreerd geregistreerd(ResultaatPvtMapZrouteGeregistreerd e) {
        Onderdeel onderdeel = onderdeel(e.getOnderdeel(), GEREGISTREERD);
        if (e.getIngetrokken() && (e.getDatum() != null || e.getVerwijtbaar() != null)) {
            throw new InvalidEventException(GEREGISTREERD + ": ingetrokken maar met een datum of verwijtbaar");
        }
        if (!e.getIngetrokken() && e.getDatum() == null && e.getVerwijtbaar() == null) {
            throw new InvalidEventException(GEREGISTREERD + " zonder datum, verwijtbaar of intrekking");
        }
        return new AntwoordOpnemen.Geregistreerd(Bsn.of(Eventvalidatie.bsn(e.getBsn(), GEREGISTREERD)),
                Eventvalidatie.gemeentecode(e.getGemeentecode(), GEREGISTREERD), onderdeel, e.getDatum(),
                e.getVerwijtbaar(), e.getIngetrokken(), e.getViaM2m(),
                datum(e.getDatumRegistratie(), "datumRegistratie", GEREGISTREERD));
    }

    static AntwoordOpnemen.Afgewezen afgewezen(ResultaatPvtMapZrouteAfgewezen e) {
        Onderdeel onderdeel = onderdeel(e.getOnderdeel(), AFGEWEZEN);
        return new AntwoordOpnemen.Afgewezen(Bsn.of(Eventvalidatie.bsn(e.getBsn(), AFGEWEZEN)),
                Eventvalidatie.gemeentecode(e.getGemeentecode(), AFGEWEZEN), onderdeel, e.getDatum(),
                e.getVerwijtbaar(), e.getViaM2m(), redenen(e.getRedenen()),
                datum(e.getDatumAfwijzing(), "datumAfwijzing", AFGEWEZEN));
    }

    static Onderdeel onderdeel(OnderdeelPvtMapZroute onderdeel, String event) {
        if (onderdeel == null) {
            throw new InvalidEventException(event + " zonder onderdeel");
        }
        return switch (onderdeel) {
            case PVT -> Onderdeel.PVT;
            case MAP -> Onderdeel.MAP;
            case ZROUTE_PARTICIPATIECOMPONENT -> Onderdeel.ZROUTE_PARTICIPATIE;
            case ZROUTE_EINDGESPREK -> Onderdeel.ZROUTE_EINDGESPREK;
            case ONBEKEND -> throw new InvalidEventException(event + " met een onbekend onderdeel");
        };
    }

    /** A rejection without reasons tells the caseworker nothing to correct: the contract asks for at least one. */
    private static List<Reden> redenen(List<Afwijzingsreden> redenen) {
        if (redenen == null || redenen.isEmpty()) {
            throw new InvalidEventException(AFGEWEZEN + " zonder redenen");
        }
        for (Afwijzingsreden reden : redenen) {
            if (reden.getCode() == null || reden.getCode().isBlank() || reden.getOmschrijving() == null
                    || reden.getOmschrijving().isBlank()) {
                throw new InvalidEventException(AFGEWEZEN + " met een reden zonder code of omschrijving");
            }
        }
        return redenen.stream().map(r -> new Reden(r.getCode(), r.getOmschrijving())).toList();
    }

    private static LocalDate datum(LocalDate waarde, String veld, String event) {
        if (waarde == null) {
            throw new InvalidEventException(event + " zonder " + veld);
        }
        return waarde;
    }
}
