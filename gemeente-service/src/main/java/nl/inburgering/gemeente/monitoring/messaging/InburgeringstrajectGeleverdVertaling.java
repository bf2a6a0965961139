package nl.inburgering.gemeente.monitoring.messaging;

import org.springframework.stereotype.Component;

import nl.inburgering.contracts.common.Doelgroepindeling;
import nl.inburgering.contracts.common.Leerroute;
import nl.inburgering.contracts.event.InburgeringstrajectGeleverd;
import nl.inburgering.gemeente.monitoring.domain.TrajectVoorCbs;
import nl.inburgering.platform.outbox.UitgaandeVertaling;

/** Outbound: stelseldienst #22 Informatie tbv monitoring en evaluatie, a gemeente's inburgeringstraject to CBS. */
@Component
class InburgeringstrajectGeleverdVertaling implements UitgaandeVertaling<TrajectVoorCbs, InburgeringstrajectGeleverd> {

    @Override
    public InburgeringstrajectGeleverd vertaal(TrajectVoorCbs event) {
        return InburgeringstrajectGeleverd.newBuilder()
                .setPseudoniem(event.pseudoniem())
                .setPeildatum(event.peildatum())
                .setGemeentecode(event.gemeentecode())
                .setDoelgroep(switch (String.valueOf(event.doelgroep())) {
                    case "ASIELSTATUSHOUDER" -> Doelgroepindeling.ASIELSTATUSHOUDER;
                    case "GEZINSMIGRANT_EN_OVERIGE_MIGRANT" -> Doelgroepindeling.GEZINSMIGRANT_EN_OVERIGE_MIGRANT;
                    default -> Doelgroepindeling.ONBEKEND;
                })
                .setDatumBredeIntakeGestart(event.datumBredeIntakeGestart())
                .setDagtekeningPip(event.dagtekeningPip())
                .setLeerroute(event.leerroute() == null ? null : switch (event.leerroute()) {
                    case "B1_ROUTE" -> Leerroute.B1_ROUTE;
                    case "ONDERWIJSROUTE" -> Leerroute.ONDERWIJSROUTE;
                    case "Z_ROUTE", "ZELFREDZAAMHEIDSROUTE" -> Leerroute.ZELFREDZAAMHEIDSROUTE;
                    default -> Leerroute.ONBEKEND;
                })
                .setMaatschappelijkeBegeleidingGestart(event.maatschappelijkeBegeleidingGestart())
                .setPvtAfgerond(event.pvtAfgerond())
                .setMapAfgerond(event.mapAfgerond())
                .build();
    }
}
