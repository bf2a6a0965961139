package nl.inburgering.gemeente.pip.messaging;

import java.time.LocalDate;
import java.util.List;

import nl.inburgering.contracts.common.Afwijzingsreden;
import nl.inburgering.contracts.event.InburgeringsaanbodAfgewezen;
import nl.inburgering.contracts.event.InburgeringsaanbodGeregistreerd;
import nl.inburgering.contracts.event.PipAfgewezen;
import nl.inburgering.contracts.event.PipGeregistreerd;
import nl.inburgering.gemeente.pip.application.RegistratieOpnemen;
import nl.inburgering.gemeente.pip.application.RegistratieOpnemen.AanbodAfgewezen;
import nl.inburgering.gemeente.pip.application.RegistratieOpnemen.AanbodGeregistreerd;
import nl.inburgering.gemeente.pip.application.RegistratieOpnemen.Reden;
import nl.inburgering.gemeente.pip.domain.Leerroute;
import nl.inburgering.platform.bsn.Bsn;
import nl.inburgering.platform.events.Eventvalidatie;
import nl.inburgering.platform.events.InvalidEventException;

/**
 * DUO's answer to #16, validated once, as the commands of the PIP feature. A rejection is a valid answer, not an
 * invalid event; an answer that cannot be shown to the caseworker (no BSN, a rejection without reasons) is refused.
 */
final class RegistratiePipMapper {

    private static final String PIP_GEREGISTREERD = "PIP geregistreerd";
    private static final String PIP_AFGEWEZEN = "PIP afgewezen";
    private static final String AANBOD_GEREGISTREERD = "Inburgeringsaanbod geregistreerd";
    private static final String AANBOD_AFGEWEZEN = "Inburgeringsaanbod afgewezen";

    private RegistratiePipMapper() {
    }

    static RegistratieOpnemen.PipGeregistreerd pipGeregistreerd(PipGeregistreerd e) {
        Leerroute leerroute = PipContractVertaling.leerroute(e.getLeerroute());
        if (leerroute == null) {
            throw new InvalidEventException(PIP_GEREGISTREERD + " zonder bekende leerroute");
        }
        return new RegistratieOpnemen.PipGeregistreerd(Bsn.of(Eventvalidatie.bsn(e.getBsn(), PIP_GEREGISTREERD)),
                Eventvalidatie.gemeentecode(e.getGemeentecode(), PIP_GEREGISTREERD),
                datum(e.getDagtekeningPip(), "dagtekeningPip", PIP_GEREGISTREERD), leerroute,
                PipContractVertaling.niveau(e.getNiveau()),
                datum(e.getDatumRegistratie(), "datumRegistratie", PIP_GEREGISTREERD));
    }

    static RegistratieOpnemen.PipAfgewezen pipAfgewezen(PipAfgewezen e) {
        return new RegistratieOpnemen.PipAfgewezen(Bsn.of(Eventvalidatie.bsn(e.getBsn(), PIP_AFGEWEZEN)),
                Eventvalidatie.gemeentecode(e.getGemeentecode(), PIP_AFGEWEZEN),
                datum(e.getDagtekeningPip(), "dagtekeningPip", PIP_AFGEWEZEN), redenen(e.getRedenen(), PIP_AFGEWEZEN),
                datum(e.getDatumAfwijzing(), "datumAfwijzing", PIP_AFGEWEZEN));
    }

    static AanbodGeregistreerd aanbodGeregistreerd(InburgeringsaanbodGeregistreerd e) {
        List<String> instellingen = e.getInstellingsnummers() == null ? List.of() : e.getInstellingsnummers();
        if (instellingen.stream().anyMatch(nummer -> nummer == null || nummer.isBlank())) {
            throw new InvalidEventException(AANBOD_GEREGISTREERD + " met een leeg instellingsnummer");
        }
        return new AanbodGeregistreerd(Bsn.of(Eventvalidatie.bsn(e.getBsn(), AANBOD_GEREGISTREERD)),
                Eventvalidatie.gemeentecode(e.getGemeentecode(), AANBOD_GEREGISTREERD),
                datum(e.getDatumInburgeringsaanbod(), "datumInburgeringsaanbod", AANBOD_GEREGISTREERD),
                instellingen, datum(e.getDatumRegistratie(), "datumRegistratie", AANBOD_GEREGISTREERD));
    }

    static AanbodAfgewezen aanbodAfgewezen(InburgeringsaanbodAfgewezen e) {
        return new AanbodAfgewezen(Bsn.of(Eventvalidatie.bsn(e.getBsn(), AANBOD_AFGEWEZEN)),
                Eventvalidatie.gemeentecode(e.getGemeentecode(), AANBOD_AFGEWEZEN),
                datum(e.getDatumInburgeringsaanbod(), "datumInburgeringsaanbod", AANBOD_AFGEWEZEN),
                redenen(e.getRedenen(), AANBOD_AFGEWEZEN),
                datum(e.getDatumAfwijzing(), "datumAfwijzing", AANBOD_AFGEWEZEN));
    }

    /** A rejection without reasons tells the caseworker nothing to correct: the contract asks for at least one. */
    private static List<Reden> redenen(List<Afwijzingsreden> redenen, String event) {
        if (redenen == null || redenen.isEmpty()) {
            throw new InvalidEventException(event + " zonder redenen");
        }
        for (Afwijzingsreden reden : redenen) {
            if (reden.getCode() == null || reden.getCode().isBlank() || reden.getOmschrijving() == null
                    || reden.getOmschrijving().isBlank()) {
                throw new InvalidEventException(event + " met een reden zonder code of omschrijving");
            }
        }
        return redenen.stream().map(r -> new Reden(r.getCode(), r.getOmschrijving())).toList();
    }

    static LocalDate datum(LocalDate waarde, String veld, String event) {
        if (waarde == null) {
            throw new InvalidEventException(event + " zonder " + veld);
        }
        return waarde;
    }
}
